namespace Dashboard.Core.Generation;

/// <summary>One generated export file.</summary>
/// <param name="Index">The position in the batch; the source id is derived from it.</param>
/// <param name="FileName">A unique file name, <c>NNNNNN_alphanode-NNNNNN.txt</c>.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="Kind">How the file is awkward, or <see cref="AwkwardKind.None"/>.</param>
/// <param name="ExpectedValid">Whether the parser should accept the file.</param>
/// <param name="Post">
/// The post the file was made from. For a valid file, parsing <see cref="Content"/> and writing
/// gives the same text as writing this post.
/// </param>
public sealed record GeneratedFile(int Index, string FileName, byte[] Content, AwkwardKind Kind, bool ExpectedValid, Format.Post Post);
