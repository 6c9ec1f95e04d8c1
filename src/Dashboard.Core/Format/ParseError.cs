namespace Dashboard.Core.Format;

/// <summary>A reason a file was rejected, tied to the 1-based line that shows it.</summary>
/// <param name="Line">The 1-based line number in the file as given (a CRLF pair ends one line).</param>
/// <param name="Message">What is wrong and what was expected, for a person to act on.</param>
public sealed record ParseError(int Line, string Message)
{
    /// <summary>The error as <c>line N: message</c>.</summary>
    public override string ToString() => $"line {Line}: {Message}";
}
