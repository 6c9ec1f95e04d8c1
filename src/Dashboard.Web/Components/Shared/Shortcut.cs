namespace Dashboard.Web.Components.Shared;

/// <summary>A keyboard shortcut as the help overlay lists it.</summary>
public sealed record Shortcut(string Keys, string Does);
