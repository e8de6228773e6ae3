using System;

namespace Copydesk.Schema.Model;

/// <summary>The line classes every schema has without declaring them.</summary>
public enum BuiltInLineClass
{
    /// <summary><c>any</c>: every line.</summary>
    Any,

    /// <summary><c>sentence</c>: a line that ends like a sentence.</summary>
    Sentence,

    /// <summary><c>label</c>: a line that does not end like a sentence.</summary>
    Label,
}

/// <summary>The names of the built-in line classes as written in schemas: the one place they are spelled.</summary>
public static class BuiltInLineClasses
{
    /// <summary>Every built-in name, in the order the language documents them.</summary>
    public static readonly string[] Names = ["any", "sentence", "label"];

    /// <summary>The built-in class named <paramref name="name"/>, when it is one.</summary>
    public static bool TryParse(string name, out BuiltInLineClass builtIn)
    {
        int index = Array.IndexOf(Names, name);
        builtIn = (BuiltInLineClass)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The name of <paramref name="builtIn"/> as written in schemas.</summary>
    public static string NameOf(BuiltInLineClass builtIn) => Names[(int)builtIn];
}
