namespace Dashboard.Core.Format;

/// <summary>
/// The hosts the sample export's image sources and the generator's point at: the one default of
/// every image-host allow-list, the images a page loads and the image-source check alike.
/// </summary>
public static class KnownImageHosts
{
    /// <summary>Host names, in the order of the generator's image sources.</summary>
    public static readonly IReadOnlyList<string> All = ["images.unsplash.com", "images.pexels.com", "cdn.pixabay.com", "assets.alphanode.example"];
}
