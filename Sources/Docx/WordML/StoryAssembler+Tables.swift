internal import DocumentModel
internal import XMLStream

/// Tables, rows and cells (`w:tbl`, `w:tr`, `w:tc`): each cell is a container of blocks.
extension StoryAssembler {
    mutating func openTable() {
        guard !containers.isEmpty else {
            skipDepth = 1
            return
        }
        session.budget.charge(DocumentBudget.blockCost)
        tables.append(TableBuilder(index: session.takeBlockIndex(), location: currentLocation))
    }

    mutating func closeTable() {
        guard let builder = tables.popLast(), !containers.isEmpty else { return }
        var table = Table(index: builder.index, rows: builder.rows, location: builder.location)
        if containers.count == 1 { sectionPaths?.place(&table) }
        containers[containers.count - 1].blocks.append(.table(table))
        handOnTopLevelBlocks()
    }

    mutating func closeRow() {
        guard !tables.isEmpty, let row = tables[tables.count - 1].currentRow else { return }
        tables[tables.count - 1].rows.append(TableRow(cells: row))
        tables[tables.count - 1].currentRow = nil
    }

    /// A row outside any table (hostile or broken XML) is skipped with its content.
    mutating func openRow() {
        guard !tables.isEmpty else {
            skipDepth = 1
            return
        }
        tables[tables.count - 1].currentRow = []
    }

    mutating func openCell() {
        guard let table = tables.last else {
            skipDepth = 1
            return
        }
        if table.currentRow == nil { tables[tables.count - 1].currentRow = [] }
        let coordinate = CellCoordinate(
            table: table.index, row: table.rows.count, cell: tables[tables.count - 1].currentRow?.count ?? 0)
        session.budget.charge(DocumentBudget.blockCost)
        containers.append(Container(kind: .cell, cell: coordinate))
    }

    mutating func closeCell() {
        guard var container = containers.popLast(), container.kind == .cell else { return }
        flushPendingJoin(&container)
        let cell = TableCell(
            blocks: container.blocks, columnSpan: container.columnSpan, verticalMerge: container.verticalMerge)
        if !tables.isEmpty { tables[tables.count - 1].currentRow?.append(cell) }
    }

    /// A text box outside any story (hostile or broken XML) is skipped with its content.
}
