namespace Dashboard.Core.Checks;

/// <summary>
/// Where a failing check points: a meta field (its label, and the key inside a map entry or the
/// 1-based item of a list entry) and/or a 1-based line of the post's canonical document.
/// </summary>
/// <remarks>
/// Lines count as <see cref="Format.PostWriter"/> writes the post, which is the document the
/// dashboard stores and shows; for a canonical export (the generator's, the sample) they are the
/// file's own lines.
/// </remarks>
/// <param name="Field">The meta label, such as <c>reading time</c> or <c>payload</c>; null for a place in the article alone.</param>
/// <param name="Key">The key inside a map entry, such as <c>paragraphs</c> in <c>payload</c>.</param>
/// <param name="Item">The 1-based item of a list or list-of-records entry, such as the second image source.</param>
/// <param name="Line">The 1-based line of the article the check points at.</param>
public sealed record CheckPlace(string? Field = null, string? Key = null, int? Item = null, int? Line = null);
