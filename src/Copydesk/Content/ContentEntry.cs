using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;
using System.Threading;

namespace Copydesk;

/// <summary>
/// One article of a content collection embedded in an assembly (<c>&lt;CopydeskContent Embed="true" /&gt;</c>). Nothing is
/// read or parsed when the entry is created: the text is read from the assembly's manifest resource the first time
/// <see cref="Text"/> is asked for, and parsed with <typeparamref name="TArticle"/>'s generated parser the first time
/// <see cref="Result"/> or <see cref="Article"/> is; both happen once, whichever thread asks first.
/// </summary>
/// <typeparam name="TArticle">The article type generated from the collection's schema.</typeparam>
public sealed class ContentEntry<TArticle>
    where TArticle : class, IArticle<TArticle>
{
    private readonly Assembly assembly;
    private readonly Lazy<string> text;
    private readonly Lazy<ParseResult<TArticle>> result;

    /// <summary>Creates the entry; called by the code generated for a content collection.</summary>
    /// <param name="assembly">The assembly that embeds the article: the one that declares the generated collection.</param>
    /// <param name="resourceName">The manifest resource name the build gave the article.</param>
    /// <param name="slug">The article's name in its collection: its file name without the extension.</param>
    /// <param name="path">The article's path relative to the project, as the build reports it.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ContentEntry(Assembly assembly, string resourceName, string slug, string path)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        ArgumentNullException.ThrowIfNull(slug);
        ArgumentNullException.ThrowIfNull(path);
        this.assembly = assembly;
        ResourceName = resourceName;
        Slug = slug;
        Path = path;
        text = new Lazy<string>(ReadText, LazyThreadSafetyMode.ExecutionAndPublication);
        result = new Lazy<ParseResult<TArticle>>(() => TArticle.Parse(text.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The article's name in its collection: its file name without the extension.</summary>
    public string Slug { get; }

    /// <summary>The article's path relative to the project, for messages: <c>issue.ToString(entry.Path)</c>.</summary>
    public string Path { get; }

    /// <summary>The manifest resource that holds the article's text.</summary>
    public string ResourceName { get; }

    /// <summary>The article's text, read from the assembly on first access.</summary>
    /// <exception cref="InvalidOperationException">The assembly has no resource of that name.</exception>
    public string Text => text.Value;

    /// <summary>Whether the article has been parsed yet.</summary>
    public bool IsParsed => result.IsValueCreated;

    /// <summary>The outcome of parsing the article, parsed on first access; never throws for bad text.</summary>
    public ParseResult<TArticle> Result => result.Value;

    /// <summary>The parsed article, parsed on first access.</summary>
    /// <exception cref="ArticleParseException">The article does not parse; the build reported the same issues.</exception>
    public TArticle Article => Result.GetDocumentOrThrow();

    /// <inheritdoc/>
    public override string ToString() => Path;

    private string ReadText()
    {
        using Stream stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly {assembly.GetName().Name} has no resource '{ResourceName}' for the article {Path}: build it with the CopydeskContent item that embeds it.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
