using System;
using System.Linq;

namespace Copydesk.Text.Quotes;

/// <summary>
/// Every word list the quotation rules use, in one place: cues, speakers' role words and titles, and the small
/// words that tell a speaker phrase from a clause.
/// </summary>
internal static class QuoteLexicon
{
    /// <summary>Verbs that attribute a quotation, in the forms news copy uses.</summary>
    private static readonly string[] CueVerbs = [
        "said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "asked", "asks",
        "explained", "explains", "replied", "replies", "responded", "responds", "insisted", "insists",
        "warned", "warns", "noted", "notes", "stated", "states", "declared", "declares", "recalled", "recalls",
        "continued", "continues", "shouted", "yelled", "whispered", "acknowledged", "acknowledges",
        "admitted", "admits", "argued", "argues", "claimed", "claims", "conceded", "concedes", "confirmed",
        "confirms", "remarked", "announced", "announces", "cautioned", "predicted", "promised", "complained",
        "joked", "posted", "tweeted", "testified", "observed", "repeated", "described", "reported", "reports",
        "urged", "stressed", "emphasised", "emphasized", "pleaded", "boasted", "countered", "objected", "agreed",
        "concluded", "suggested", "recounted", "sighed", "laughed", "cried", "exclaimed", "muttered", "mused"];

    /// <summary>Two-word cues, as first word and second word.</summary>
    public static readonly (string First, string Second)[] CuePairs =
    [
        ("according", "to"), ("pointed", "out"), ("points", "out"), ("went", "on"), ("goes", "on"),
    ];

    /// <summary>The verbs whose audience belongs to the cue: <c>told reporters</c>.</summary>
    private static readonly string[] TellVerbs = ["told", "tells", "tell"];

    /// <summary>Who a speaker <c>told</c> or <c>wrote to</c>, kept as part of the cue: <c>told reporters</c>.</summary>
    private static readonly string[] Audiences = [
        "reporters", "journalists", "supporters", "students", "lawmakers", "parliament", "delegates", "colleagues",
        "listeners", "viewers", "readers", "investors", "residents", "staff", "employees", "members", "workers",
        "fans", "voters", "parents", "senators", "troops", "police", "officials"];

    /// <summary>
    /// Role nouns: lower-case before a name they describe the person (<c>union steward Marta Kowal</c>);
    /// capitalised before a name they are a title the resolved speaker drops (<c>Mayor Ilse Brandt</c>);
    /// as the head of <c>the minister</c> they refer back to a person named before.
    /// </summary>
    private static readonly string[] Roles = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "gen", "col", "capt", "lt", "sgt",
        "president", "minister", "secretary", "mayor", "governor", "senator", "judge", "justice", "chief", "director",
        "manager", "chair", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson",
        "official", "officer", "coach", "captain", "founder", "executive", "engineer", "foreman", "steward",
        "inspector", "detective", "professor", "doctor", "singer", "meteorologist", "candidate", "leader", "member",
        "florist", "operator", "conductor", "violinist", "rancher", "passenger", "resident", "student", "parent",
        "nurse", "organiser", "organizer", "envoy", "champion", "grandmaster", "trainer", "baker", "head", "registrar",
        "vendor", "midfielder", "striker", "goalkeeper", "defender", "player", "general", "colonel", "sergeant",
        "commander", "admiral", "ambassador", "diplomat", "prosecutor", "attorney", "lawyer", "spokesman", "analyst",
        "economist", "historian", "scientist", "researcher", "author", "novelist", "poet", "artist", "actor", "actress",
        "musician", "drummer", "guitarist", "pianist", "owner", "farmer", "fisherman", "teacher", "principal",
        "superintendent", "commissioner", "councillor", "councilor", "alderman", "deputy", "assistant", "adviser",
        "advisor", "aide", "economist", "surgeon", "physician", "pastor", "priest", "imam", "rabbi", "bishop",
        "king", "queen", "prince", "princess", "premier", "chancellor", "dean", "rector", "provost", "curator",
        "daily", "newspaper", "paper", "broadcaster", "agency", "magazine", "tabloid", "weekly", "outlet",
        "opponent", "rival", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
        "neighbour", "neighbor", "friend", "colleague", "witness", "victim", "survivor", "mechanic", "driver", "pilot"];

    /// <summary>Pronouns that can stand for a speaker.</summary>
    private static readonly string[] Pronouns = ["he", "she", "they", "we", "i", "it"];

    /// <summary>Words that open a description of a speaker: <c>the</c> minister, <c>a</c> resident, <c>one</c> student.</summary>
    private static readonly string[] Determiners = [
        "the", "a", "an", "one", "another", "his", "her", "their", "its", "our", "my", "your", "this"];

    /// <summary>Determiners of a description that names someone not yet met: its own speaker, never resolved back.</summary>
    private static readonly string[] Indefinite = ["a", "an", "one", "another"];

    /// <summary>
    /// Words a speaker phrase never holds: verbs, auxiliaries, conjunctions and relative words. Their presence tells
    /// a clause from a name or a description.
    /// </summary>
    private static readonly string[] StopWords = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "could", "should", "can", "may", "might", "must", "shall", "not", "no", "that", "which", "who",
        "whom", "whose", "when", "where", "while", "because", "but", "and", "or", "if", "as", "than", "so", "yet",
        "there", "here", "what", "why", "how", "all", "also", "just", "very", "into", "onto", "upon", "about",
        "after", "before", "during", "since", "until", "against", "through", "across", "over", "under", "with",
        "without", "in", "on", "at", "to", "by", "from", "up", "down", "out", "off", "then", "again", "later"];

    /// <summary>Prepositions a description may hold: <c>a spokesman for the authority</c>, <c>the head of the agency</c>.</summary>
    private static readonly string[] DescriptionPrepositions = ["for", "of"];

    /// <summary>Adverbs that sit between a speaker and the cue: <c>Berg later told reporters</c>.</summary>
    private static readonly string[] Adverbs = [
        "later", "also", "then", "again", "repeatedly", "quietly", "simply", "only", "previously", "once", "now",
        "still", "firmly", "finally", "earlier", "recently", "separately", "angrily", "calmly", "flatly", "often"];

    /// <summary>Words that let a capitalised name go on in lower case: <c>Ludwig van Beethoven</c>, <c>Osama bin Laden</c>.</summary>
    private static readonly string[] NameParticles = [
        "de", "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "del", "della", "di", "du", "la", "le", "ter", "ten", "dos", "das"];

    /// <summary>Words that, directly before a quotation, mark it as a name, a title or a word being mentioned.</summary>
    private static readonly string[] MentionMarkers = [
        "so-called", "dubbed", "nicknamed", "titled", "entitled", "called", "calls", "call", "named", "branded",
        "labelled", "labeled", "styled"];

    /// <summary>Nouns that, after <c>the</c>, introduce a word being mentioned: <c>the word "affordable"</c>.</summary>
    private static readonly string[] MentionNouns = [
        "word", "words", "term", "phrase", "slogan", "title", "motto", "nickname", "hashtag", "headline", "label", "name", "banner", "sign"];

    /// <summary>Abbreviations whose full stop does not end a sentence.</summary>
    private static readonly string[] Abbreviations = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "capt", "lt", "sgt", "jr", "sr", "no", "inc", "ltd", "co",
        "vs", "etc", "mt", "ft", "gov", "sen", "rep", "rev", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
        "corp", "dept", "est", "approx", "fig", "vol"];

    /// <summary>Small words a title leaves in lower case: <c>Salt in the Kettle</c>.</summary>
    private static readonly string[] TitleSmallWords = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "nor", "as",
        "de", "la", "le", "du", "von", "van", "is"];

    /// <summary>Every word above with the classes it belongs to: one lookup tells all of them.</summary>
    public static readonly WordTable Words = new WordTable()
        .Add(WordClass.Cue, CueVerbs)
        .Add(WordClass.CuePairFirst, [.. CuePairs.Select(pair => pair.First)])
        .Add(WordClass.Tell, TellVerbs)
        .Add(WordClass.Audience, Audiences)
        .Add(WordClass.Role, Roles)
        .Add(WordClass.Pronoun, Pronouns)
        .Add(WordClass.Determiner, Determiners)
        .Add(WordClass.Indefinite, Indefinite)
        .Add(WordClass.Stop, StopWords)
        .Add(WordClass.DescriptionPreposition, DescriptionPrepositions)
        .Add(WordClass.Adverb, Adverbs)
        .Add(WordClass.NameParticle, NameParticles)
        .Add(WordClass.MentionMarker, MentionMarkers)
        .Add(WordClass.MentionNoun, MentionNouns)
        .Add(WordClass.Abbreviation, Abbreviations)
        .Add(WordClass.TitleSmall, TitleSmallWords);

    /// <summary>Whether <paramref name="word"/> belongs to any of <paramref name="classes"/>.</summary>
    public static bool Is(ReadOnlySpan<char> word, WordClass classes) => (Words.Classify(word) & classes) != 0;
}
