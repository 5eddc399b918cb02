internal import DocumentModel
internal import XMLStream

/// Paragraph, run and cell properties: styles, numbering, hidden text and merges, read as they stream past.
extension StoryAssembler {
    mutating func paragraphProperty(_ tag: Tag, _ attributes: borrowing XMLAttributes) {
        let last = paragraphs.count - 1
        switch tag {
        case .pStyle: paragraphs[last].styleID = attributes.value(Tag.attrVal.rawValue)
        case .numPr, .alternateContent, .choice, .fallback: break
        case .ilvl: paragraphs[last].numberingLevel = attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) }
        case .numId: paragraphs[last].numberingID = attributes.value(Tag.attrVal.rawValue)
        case .outlineLvl: paragraphs[last].outlineLevel = attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) }
        case .rPr: mode = .markRunProperties
        default: skipDepth = 1
        }
    }

    mutating func runProperty(_ tag: Tag, _ attributes: borrowing XMLAttributes) {
        switch tag {
        case .vanish, .specVanish:
            let value = attributes.value(Tag.attrVal.rawValue)
            let on = value == nil || !["0", "false", "off"].contains(value ?? "")
            if mode == .runProperties { run.directlyHidden = on }
            skipDepth = 1
        case .rStyle:
            if mode == .runProperties { run.characterStyle = attributes.value(Tag.attrVal.rawValue) }
            skipDepth = 1
        case .del, .moveFrom:
            if mode == .markRunProperties, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].markDeleted = true }
            skipDepth = 1
        case .alternateContent, .choice, .fallback: break
        default: skipDepth = 1
        }
    }

    /// Whether `tag` starts a story of the part being read: footnotes in the footnotes part, and so on.
    static func opensStory(_ tag: Tag, in story: StoryKind) -> Bool {
        switch tag {
        case .footnote: story == .footnote
        case .endnote: story == .endnote
        case .comment: story == .comment
        default: false
        }
    }

    mutating func cellProperty(_ tag: Tag, _ attributes: borrowing XMLAttributes) {
        let last = containers.count - 1
        switch tag {
        case .gridSpan:
            containers[last].columnSpan = max(1, attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) } ?? 1)
        case .vMerge:
            containers[last].verticalMerge = attributes.value(Tag.attrVal.rawValue) == "restart" ? .restart : .continue
        case .alternateContent, .choice, .fallback: return
        default: break
        }
        skipDepth = 1
    }

    mutating func finalizeParagraphProperties() {
        guard let last = paragraphs.indices.last, !paragraphs[last].propertiesFinal else { return }
        // Fields are set in place: copying the builder out and back would copy its runs and location too.
        paragraphs[last].propertiesFinal = true
        let styles = session.styles
        let styleID = paragraphs[last].styleID ?? styles.defaultParagraphStyle
        if let level = paragraphs[last].outlineLevel {
            paragraphs[last].headingLevel = level < 9 && level >= 0 ? level + 1 : nil
        } else if let styleID {
            paragraphs[last].headingLevel = styles.headingLevel(of: styleID)
        }
        var numbering: (id: String, level: Int?)?
        if let id = paragraphs[last].numberingID {
            numbering = (id, paragraphs[last].numberingLevel)
        } else if let styleID, let fromStyle = styles.numbering(of: styleID) {
            numbering = (fromStyle.id, paragraphs[last].numberingLevel ?? fromStyle.level)
        }
        if let numbering, numbering.id != "0" {
            if let label = session.listCounter.label(
                numberingID: numbering.id, level: numbering.level, styleID: styleID)
            {
                paragraphs[last].label = label
            } else {
                warn(
                    .missingNumbering, element: "w:numPr",
                    message:
                        "a paragraph refers to numbering \(numbering.id), which numbering.xml does not define; its label is left out"
                )
            }
        }
    }
}
