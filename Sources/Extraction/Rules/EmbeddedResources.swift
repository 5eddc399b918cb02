/// The text files of `Resources/`, embedded as strings by the `EmbedResources` build plugin.
enum EmbeddedResources {}
