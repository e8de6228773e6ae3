using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Copydesk.Interpretation;
using Copydesk.Interpreter.Tests.BackEnds;
using Copydesk.Schema.Diagnostics;
using Copydesk.Schema.Model;
using Xunit;

namespace Copydesk.Interpreter.Tests;

/// <summary>
/// Seeded random schema shapes — part graphs, bounded and unbounded repeats, optionals, ordered choices, declared
/// classes with patterns — read random articles without an exception, with the same documents and issues in both back
/// ends, and with work that grows in proportion to the article: twice the lines cost at most a little over twice the
/// line reads. Work is counted (line reads through the trace), never timed. Each seed is one reproducible case.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SchemaShapeFuzzTests
{
    private const int Seeds = 40;

    // The seeds whose schemas are also compiled to compare the generated code with the interpreter (a compile each).
    private const int ComparedSeeds = 12;

    private static readonly string[] Lines =
    [
        "The council met on Tuesday.", "Weather", "AB-12", "Rain is expected tomorrow.", "Sports", "CD-7",
        "\"We will rebuild,\" the mayor said.", "Late results", "It closed at noon!", "ZZ-400",
    ];

    public static TheoryData<int> SeedData => new(Enumerable.Range(1, Seeds));

    [Theory]
    [MemberData(nameof(SeedData))]
    public void A_random_schema_shape_reads_random_articles_in_both_back_ends_alike_and_in_linear_work(int seed)
    {
        var random = new Random(seed);
        string schema = RandomSchema(random, seed);
        Assert.True(
            SchemaInterpreter.TryLoad(schema, out SchemaInterpreter? interpreter, out EquatableArray<SchemaDiagnostic> diagnostics),
            $"seed {seed}: the schema does not load:\n{string.Join("\n", diagnostics.Select(d => d.ToString("fuzz.schema.yaml")))}\n{schema}");

        for (int article = 0; article < 6; article++)
        {
            string text = RandomArticle(random, random.Next(0, 40));
            ArticleOutcome interpreted = BackEnd.Interpreted.Read(schema, text);
            if (seed <= ComparedSeeds)
            {
                ArticleOutcome generated = BackEnd.Generated.Read(schema, text);
                Assert.True(generated.Json == interpreted.Json, $"seed {seed}, article:\n{text}\ngenerated {generated.Json}\ninterpreted {interpreted.Json}");
                Assert.Equal(generated.Issues, interpreted.Issues);
            }
        }

        // The same block of lines once and twice over: every shape must read the second copy for about what the first cost.
        string block = RandomArticle(random, 400);
        long once = Work(interpreter!, block);
        long twice = Work(interpreter!, block + block);
        Assert.True(twice <= (2.2 * once) + 100, $"seed {seed}: {once} line reads for 400 lines, {twice} for 800\n{schema}");
    }

    private static long Work(SchemaInterpreter interpreter, string text)
    {
        var counter = new AttemptCounter();
        interpreter.Parse(text, counter);
        return counter.Attempts;
    }

    private static string RandomArticle(Random random, int lines)
    {
        var text = new StringBuilder();
        for (int i = 0; i < lines; i++)
        {
            text.Append(Lines[random.Next(Lines.Length)]).Append('\n');
        }

        return text.ToString();
    }

    // Parts refer only to parts after them, so the graph has no cycle; every part starts with a line it must read, so
    // no part matches nothing and every part may be repeated. Half of them end with a line they must read, so they read
    // long runs and then fail.
    private static string RandomSchema(Random random, int seed)
    {
        int partCount = random.Next(1, 7);
        var yaml = new StringBuilder($"copydesk: 1\ntype: Fuzz{seed}\nlines:\n  code: {{ pattern: \"^[A-Z]{{2}}-[0-9]+$\" }}\n  spoken: {{ all: [sentence, {{ startsWith: [\"\\\"\"] }}] }}\nparts:\n");
        for (int part = 0; part < partCount; part++)
        {
            yaml.Append("  P").Append(part).Append(":\n");
            yaml.Append("    - first: ").Append(RandomClass(random)).Append('\n');
            int slots = random.Next(0, 4);
            for (int slot = 0; slot < slots; slot++)
            {
                AppendSlot(yaml, random, "    ", "s" + slot, part + 1, partCount);
            }

            if (random.Next(2) == 0)
            {
                yaml.Append("    - last: ").Append(RandomClass(random)).Append('\n');
            }
        }

        // The layout tries every part at every line, then takes the line as it is: the shape in which a part that fails
        // after reading many lines is retried from each of them, and in which every article parses.
        yaml.Append("layout:\n");
        if (random.Next(2) == 0)
        {
            AppendSlot(yaml, random, "  ", "lead", partCount, partCount);
        }

        yaml.Append("  - body:\n      repeat: 0+\n      oneOf:\n");
        for (int part = 0; part < partCount; part++)
        {
            yaml.Append("        - p").Append(part).Append(": P").Append(part).Append('\n');
        }

        yaml.Append("        - other: any\n");
        return yaml.ToString();
    }

    private static void AppendSlot(StringBuilder yaml, Random random, string indent, string name, int firstPart, int partCount)
    {
        string cardinality = random.Next(6) switch
        {
            0 => string.Empty,
            1 => ", optional: true",
            2 => ", repeat: 0+",
            3 => ", repeat: 1+",
            4 => ", repeat: 0..1000000",
            _ => ", repeat: 0.." + random.Next(1, 20),
        };
        bool hasPart = firstPart < partCount;
        switch (random.Next(hasPart ? 3 : 2))
        {
            case 0:
                yaml.Append(indent).Append("- ").Append(name).Append(": { line: ").Append(RandomClass(random)).Append(cardinality).Append(" }\n");
                break;
            case 1:
                yaml.Append(indent).Append("- ").Append(name).Append(":\n");
                if (cardinality.Length > 0)
                {
                    yaml.Append(indent).Append("    ").Append(cardinality[2..]).Append('\n');
                }

                yaml.Append(indent).Append("    oneOf:\n");
                int cases = random.Next(1, 5);
                var used = new HashSet<string>(StringComparer.Ordinal);
                for (int c = 0; c < cases; c++)
                {
                    string target = hasPart && random.Next(2) == 0 ? "P" + random.Next(firstPart, partCount) : RandomClass(random);
                    if (used.Add(target))
                    {
                        yaml.Append(indent).Append("      - c").Append(c).Append(": ").Append(target).Append('\n');
                    }
                }

                break;
            default:
                yaml.Append(indent).Append("- ").Append(name).Append(": { part: P").Append(random.Next(firstPart, partCount)).Append(cardinality).Append(" }\n");
                break;
        }
    }

    private static string RandomClass(Random random) => random.Next(5) switch
    {
        0 => "sentence",
        1 => "label",
        2 => "code",
        3 => "spoken",
        _ => random.Next(4) == 0 ? "any" : "sentence",
    };
}
