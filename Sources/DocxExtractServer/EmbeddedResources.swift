/// The page and the schemas the server serves: `Resources/` holds links to `Web/index.html` and to files of `Schemas/`,
/// embedded as strings by the `EmbedResources` build plugin, so the files stay the one source.
enum EmbeddedResources {}
