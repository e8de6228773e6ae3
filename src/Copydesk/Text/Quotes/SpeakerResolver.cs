using System;
using System.Collections.Generic;

namespace Copydesk.Text.Quotes;

/// <summary>
/// Who a speaker phrase stands for. Keeps the people and bodies an article has named so far, most recent last:
/// quoted speakers, subjects of reported speech and people introduced by name (<c>The company's founder, Jonas Wik,
/// was more emotional</c>). A pronoun resolves to the nearest person; <c>the minister</c> to the nearest one
/// described with that noun, else, for a role noun, to the nearest person; a surname alone to the full name
/// written before. Lookups look back a bounded number of entries, so resolution stays linear.
/// </summary>
internal sealed class SpeakerResolver
{
    /// <summary>How far back a description is matched: news copy refers to someone within a few paragraphs.</summary>
    private const int Lookback = 32;

    private readonly List<Candidate> candidates = [];
    private readonly Dictionary<string, string> surnames = new(StringComparer.Ordinal);

    /// <summary>Forgets everything: a new article starts.</summary>
    public void Reset()
    {
        candidates.Clear();
        surnames.Clear();
    }

    /// <summary>
    /// Resolves a speaker phrase and remembers it as the most recent mention.
    /// </summary>
    /// <param name="kind">What the phrase is.</param>
    /// <param name="written">The phrase as written.</param>
    /// <param name="description">The words that describe the speaker, in lower case (role words before a name, or the description itself).</param>
    public string? Resolve(SpeakerKind kind, string written, string description)
    {
        switch (kind)
        {
            case SpeakerKind.Name:
            {
                string name = WithoutTitles(written);
                bool person = name.Contains(' ');
                if (!person && surnames.TryGetValue(name, out string? full))
                {
                    name = full;
                    person = true;
                }
                else if (person)
                {
                    surnames[LastWord(name)] = name;
                }

                Remember(name, description, person);
                return name;
            }

            case SpeakerKind.Pronoun:
                return NearestPerson();

            case SpeakerKind.Definite:
            {
                string head = LastWord(written).ToLowerInvariant();
                for (int i = candidates.Count - 1; i >= Math.Max(0, candidates.Count - Lookback); i--)
                {
                    if (ContainsWord(candidates[i].Description, head))
                    {
                        Candidate found = candidates[i];
                        Add(found);
                        return found.Name;
                    }
                }

                if (QuoteLexicon.Is(head, WordClass.Role) && NearestPerson() is { } referent)
                {
                    return referent;
                }

                Remember(written, description, person: false);
                return written;
            }

            case SpeakerKind.Indefinite:
                Remember(written, description, person: false);
                return written;

            default:
                return null;
        }
    }

    /// <summary>A name met in the text outside quotations: remembered, not resolved.</summary>
    public void Mention(string written, string description)
    {
        string name = WithoutTitles(written);
        if (name.Contains(' '))
        {
            surnames[LastWord(name)] = name;
            Remember(name, description, person: true);
        }
        else if (surnames.TryGetValue(name, out string? full))
        {
            Remember(full, description, person: true);
        }
    }

    /// <summary>
    /// A name met anywhere outside quotations, not known to be a person: it completes a surname written alone later
    /// (<c>Sixteen-year-old Aditya Rao became …</c>, then <c>Rao said</c>) but is no referent for a pronoun.
    /// </summary>
    public void NoteName(string written)
    {
        string name = WithoutTitles(written);
        if (name.Contains(' '))
        {
            surnames[LastWord(name)] = name;
        }
    }

    /// <summary>Whether a single word is the surname of someone named before.</summary>
    public bool IsKnownSurname(ReadOnlySpan<char> word) =>
#if NET9_0_OR_GREATER
        surnames.Count > 0 && surnames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);
#else
        surnames.Count > 0 && surnames.ContainsKey(word.ToString());
#endif

    private string? NearestPerson()
    {
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            if (candidates[i].Person)
            {
                return candidates[i].Name;
            }
        }

        return null;
    }

    private void Remember(string name, string description, bool person)
    {
        Add(new Candidate(name, description + " " + name.ToLowerInvariant(), person));
    }

    private void Add(Candidate candidate)
    {
        candidates.Add(candidate);
        if (candidates.Count > 4 * Lookback)
        {
            // Only the last few are ever looked at; drop the oldest half, keeping the nearest person if it is older.
            string? person = NearestPerson();
            candidates.RemoveRange(0, 2 * Lookback);
            if (person is not null && NearestPerson() is null)
            {
                candidates.Insert(0, new Candidate(person, person.ToLowerInvariant(), true));
            }
        }
    }

    // Mayor Ilse Brandt → Ilse Brandt; Dr. Lena Fitz → Lena Fitz. A name that is all title stays as written.
    private static string WithoutTitles(string name)
    {
        int start = 0;
        while (true)
        {
            int space = name.IndexOf(' ', start);
            if (space < 0)
            {
                break;
            }

            ReadOnlySpan<char> word = name.AsSpan(start, space - start).TrimEnd('.');
            if (!QuoteLexicon.Is(word, WordClass.Role))
            {
                break;
            }

            start = space + 1;
        }

        return start == 0 ? name : name.Substring(start);
    }

    private static string LastWord(string text)
    {
        int space = text.LastIndexOf(' ');
        return space < 0 ? text : text.Substring(space + 1);
    }

    private static bool ContainsWord(string text, string word)
    {
        int at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            bool startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            bool endsWord = at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]);
            if (startsWord && endsWord)
            {
                return true;
            }

            at += word.Length;
        }

        return false;
    }

    private readonly record struct Candidate(string Name, string Description, bool Person);
}
