using Copydesk.Schema.Diagnostics;
using Xunit;
using static Copydesk.Schema.Tests.SchemaText;

namespace Copydesk.Schema.Tests;

/// <summary>
/// One reading of a schema: the compiler reads bytes that are not UTF-8 as U+FFFD and the command-line tool refuses
/// them, so the loader refuses U+FFFD (CD1041) and both accept and reject the same files.
/// </summary>
public sealed class EncodingTests
{
    [Fact]
    public void A_Latin1_file_as_the_compiler_reads_it_is_CD1041_at_the_first_replacement_character()
    {
        SchemaLoadResult result = LoadText("copydesk: 1\r\ntype: Story\r\ndescription: \"caf\uFFFD and cr\uFFFDme\"\r\n" + MinimalLayout);

        SchemaDiagnostic diagnostic = Single(result, "CD1041", 3, 18);
        Assert.Equal("The schema file is not UTF-8 text: line 3, column 18 holds U+FFFD, the replacement character that stands for bytes that are not UTF-8; save it as UTF-8", diagnostic.Message);
        Assert.Null(result.Schema);
    }

    [Fact]
    public void Accented_text_read_as_UTF8_loads()
    {
        SchemaLoadResult result = LoadText("copydesk: 1\ntype: Story\ndescription: \"caf\u00E9 and cr\u00E8me\"\n" + MinimalLayout);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("caf\u00E9 and cr\u00E8me", result.Schema!.Description);
    }
}
