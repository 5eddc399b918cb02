public import ZipTestSupport

extension RawZip {
    /// An archive of a package's entries, as ``DocxBuilder/build()`` would write them, to be changed further.
    public init(_ builder: DocxBuilder) {
        self.init(builder.entries.map(Entry.init))
    }
}
