internal import DocumentModel
internal import XMLStream

/// Text within runs, breaks and symbols, and complex fields (`w:fldChar`) whose instructions are left out.
extension StoryAssembler {
    mutating func append(_ text: String) {
        guard fieldsInInstruction == 0, !paragraphs.isEmpty else { return }
        session.budget.chargeText(byteCount: text.utf8.count)
        if run.inRun {
            run.utf8.append(contentsOf: text.utf8)
        } else {
            finalizeParagraphProperties()
            session.budget.charge(DocumentBudget.runCost)
            if session.keepsRuns {
                paragraphs[paragraphs.count - 1].appendRun(Run(text: text))
            } else {
                paragraphs[paragraphs.count - 1].appendVisibleText(text.utf8)
            }
        }
    }

    mutating func closeRun() {
        defer { run.restart(inRun: false) }
        guard !run.utf8.isEmpty, !paragraphs.isEmpty else { return }
        finalizeParagraphProperties()
        let isHidden =
            run.directlyHidden
            ?? session.hidesText(
                characterStyle: run.characterStyle, paragraphStyle: paragraphs[paragraphs.count - 1].styleID)
        session.budget.charge(DocumentBudget.runCost)
        if session.keepsRuns {
            paragraphs[paragraphs.count - 1].appendRun(
                Run(text: String(utf8Text: run.utf8), isHidden: isHidden))
        } else if !isHidden {
            paragraphs[paragraphs.count - 1].appendVisibleText(run.utf8)
        }
    }

    mutating func field(_ type: String?) {
        switch type {
        case "begin":
            fields.append(false)
            fieldsInInstruction += 1
        case "separate":
            if let last = fields.last, !last {
                fields[fields.count - 1] = true
                fieldsInInstruction -= 1
            }
        case "end":
            if let last = fields.popLast(), !last { fieldsInInstruction -= 1 }
        default: break
        }
    }
}
