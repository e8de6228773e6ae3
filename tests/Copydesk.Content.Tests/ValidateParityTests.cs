extern alias content;

using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using content::Copydesk.Content;
using Xunit;

namespace Copydesk.Content.Tests;

/// <summary>
/// The build reports exactly what <c>copydesk validate</c> reports for the same schema and article: code, severity,
/// path, line, column and message of every issue, in the same order, for every authored article and for broken ones.
/// </summary>
public sealed class ValidateParityTests
{
    public static TheoryData<string, string> AuthoredArticles => new(ContentFiles.AuthoredArticles());

    [Theory]
    [MemberData(nameof(AuthoredArticles))]
    public async Task An_authored_article_has_the_issues_copydesk_validate_reports(string folder, string file)
    {
        string schemaPath = ContentFiles.SchemaFor(folder);
        string articlePath = Path.Combine(ContentFiles.Articles, folder, file);

        ContentCheckResult fromText = ContentChecker.Check(ContentFiles.LoadSchema(schemaPath), articlePath, File.ReadAllText(articlePath));
        ContentCheckResult fromBytes = ContentChecker.Check(ContentFiles.LoadSchema(schemaPath), articlePath, File.ReadAllBytes(articlePath));

        Assert.Equal(await ValidateRun.IssuesAsync(schemaPath, articlePath), ContentFiles.Reported(fromText));
        Assert.Equal(fromText, fromBytes);
    }

    [Fact]
    public void The_authored_articles_cover_every_shipped_schema_and_both_clean_and_broken_articles()
    {
        string[] folders = ContentFiles.AuthoredArticles().Select(article => article.Folder).Distinct().ToArray();
        string[] shipped = Directory.GetFiles(ContentFiles.Schemas, "*.schema.yaml").Select(path => Path.GetFileName(path)[..^".schema.yaml".Length]).ToArray();

        Assert.Subset(folders.ToHashSet(), shipped.ToHashSet());
        Assert.True(ContentFiles.AuthoredArticles().Count() >= 40);
    }

    public static TheoryData<string, string, byte[]> OddArticles => new()
    {
        { "empty", "digest-story", [] },
        { "only blank lines", "wire-story", Encoding.UTF8.GetBytes("\n\r\n\n") },
        { "invalid UTF-8 on line 3", "digest-story", [.. Encoding.UTF8.GetBytes("Headline\n\nFirst para"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" graph.\n")] },
        { "a lone continuation byte", "wire-story", [0x80, .. Encoding.UTF8.GetBytes("Headline\n")] },
        { "a NUL byte", "blog-post", [.. Encoding.UTF8.GetBytes("# Title\n\nText"), 0x00, .. Encoding.UTF8.GetBytes("\n")] },
        { "a UTF-8 byte order mark and CRLF", "digest-story", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Headline\r\n\r\nBody.\r\n")] },
        { "UTF-16 with its byte order mark", "wire-story", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("HEADLINE\nBy Ann Lee\n")] },
        { "UTF-16 with a lone surrogate", "wire-story", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("HEADLINE\n"), 0x00, 0xDC, .. Encoding.Unicode.GetBytes("x\n")] },
        { "front matter never closed", "front-matter-post", Encoding.UTF8.GetBytes("---\ntitle: Hello\n\nBody.\n") },
        { "a YAML bomb in the front matter", "front-matter-post", Encoding.UTF8.GetBytes(YamlBomb) },
        { "front matter nested past the limit", "front-matter-post", Encoding.UTF8.GetBytes("---\ntitle: " + new string('[', 200) + new string(']', 200) + "\n---\nBody.\n") },
    };

    [Theory]
    [MemberData(nameof(OddArticles))]
    public async Task An_odd_or_broken_article_has_the_issues_copydesk_validate_reports(string description, string schema, byte[] bytes)
    {
        using var folder = new TempFolder();
        string articlePath = folder.Write(description.Replace(' ', '-') + ".txt", bytes);
        string schemaPath = ContentFiles.SchemaFor(schema);

        ContentCheckResult result = ContentChecker.Check(ContentFiles.LoadSchema(schemaPath), articlePath, bytes);

        Assert.Equal(await ValidateRun.IssuesAsync(schemaPath, articlePath), ContentFiles.Reported(result));
    }

    // Nine levels of aliases, each naming the one before nine times: 9^9 nodes once expanded.
    private static string YamlBomb =>
        "---\n" + "a: &a [x, x, x, x, x, x, x, x, x]\n"
        + string.Concat(Enumerable.Range(1, 8).Select(level => $"{(char)('a' + level)}: &{(char)('a' + level)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + level - 1), 9))}]\n"))
        + "title: Boom\n---\nBody.\n";
}
