using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Copydesk.Values;

/// <summary>
/// What a value parser returns: either the typed value or a <see cref="ValueFailure"/> (never an exception,
/// never a silent <see langword="null"/>).
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public readonly record struct ValueResult<T>
{
    private readonly T value;
    private readonly ValueFailure failure;

    private ValueResult(T value, ValueFailure failure)
    {
        this.value = value;
        this.failure = failure;
    }

    /// <summary>Whether the text was read; <see cref="Value"/> is then the value.</summary>
    public bool IsSuccess => failure.Code is null;

    /// <summary>The value. Throws <see cref="InvalidOperationException"/> on a failure: test <see cref="IsSuccess"/> first.</summary>
    public T Value => IsSuccess ? value : throw new InvalidOperationException($"The text was not read: {failure}.");

    /// <summary>Why the text was refused. Throws <see cref="InvalidOperationException"/> on a success.</summary>
    public ValueFailure Failure => IsSuccess ? throw new InvalidOperationException("The text was read; there is no failure.") : failure;

    /// <summary>Why the text was refused, or <see langword="null"/> on a success.</summary>
    public ValueFailure? FailureOrNull => IsSuccess ? null : failure;

    /// <summary>A result holding <paramref name="value"/>.</summary>
    public static ValueResult<T> Success(T value) => new(value, default);

    /// <summary>A result holding <paramref name="failure"/>.</summary>
    public static ValueResult<T> Fail(ValueFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure.Code, nameof(failure));
        return new(default!, failure);
    }

    /// <summary>Gets the value when the text was read.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = this.value;
        return IsSuccess;
    }

    /// <summary>The value formatted with the invariant culture, or the failure's code and reason.</summary>
    public override string ToString() => !IsSuccess ? failure.ToString()
        : value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture)
        : value?.ToString() ?? string.Empty;
}
