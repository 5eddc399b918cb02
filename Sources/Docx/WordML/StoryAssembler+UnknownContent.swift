internal import DocumentModel
internal import XMLStream

/// Elements the reader does not know, and the warnings they raise.
extension StoryAssembler {
    private static let transparentGraphics: Set<String> = [
        "inline", "anchor", "graphic", "graphicData", "wgp", "grpSp", "wpc", "group", "rect", "roundrect", "oval",
        "line", "polyline", "arc", "curve",
    ]

    mutating func unknownElement(_ code: Int) {
        guard let (name, namespace) = names?.unknownName(code) else { return }
        if [.wp, .a, .wpg, .wpc, .v].contains(namespace), Self.transparentGraphics.contains(name.local) { return }
        if namespace.isGraphicsOnly || [.v, .wps, .wpg, .wpc].contains(namespace) {
            skipDepth = 1
            return
        }
        let label = namespace == .w ? "w:\(name.local)" : name.description
        warn(
            .unknownElement, element: label,
            message: "\(label) is not understood; its content was read as if it were not there")
    }

    mutating func warn(_ code: ReaderWarning.Code, element: String, message: @autoclosure () -> String) {
        session.warn(
            code, element: element, at: PartLocation(part: part, line: parser?.currentLine), message: message())
    }
}
