/// Finds the article among the text blocks of a page: the block element that holds the most
/// running text, scored as Readability scores it, with its siblings that hold text too.
///
/// Each paragraph of at least 25 visible characters, mostly not link text and not in a list item, scores
/// 1 + its commas + its length / 100 (at most 3), credited in full to the element around it, by
/// half to the one around that and by a sixth to the next. An element's score, plus 25 when its
/// class or id names content (minus 25 when it names something beside it) and 25 for `<article>`
/// or `itemprop="articleBody"`, is scaled by the share of its text that is not link text. The best
/// element is kept with those of its siblings that score a fifth of it (at least 10), and sibling
/// paragraphs of running text. Inside, blocks that are mostly link text are left out.
///
/// - Complexity: O(n log n) in the number of blocks and elements.
enum HTMLMainText {
    /// The shortest paragraph, in visible characters, that counts as running text.
    private static let shortestParagraph = 25

    /// The article's paragraphs among `blocks`, found in `elements`; `nil` when no block is running text.
    static func paragraphs(of blocks: [HTMLParagraph], elements: [HTMLElement]) -> [String]? {
        let lengths = blocks.map { $0.text.utf8.reduce(0) { $0 + ($1 > 0x20 ? 1 : 0) } }
        // Running sums of visible characters and of link characters.
        var text = [0.0], links = [0.0]
        for (block, length) in zip(blocks, lengths) {
            text.append((text.last ?? 0) + Double(length))
            links.append((links.last ?? 0) + Double(length) * block.linkDensity)
        }
        func linkDensity(_ range: Range<Int>) -> Double {
            let total = text[range.upperBound] - text[range.lowerBound]
            return total > 0 ? (links[range.upperBound] - links[range.lowerBound]) / total : 0
        }

        var scores = [Double](repeating: 0, count: elements.count)
        for (block, length) in zip(blocks, lengths) where isRunningText(block, length: length) {
            // Text in list items is no prose: a list of references or links must not win.
            if isInListItem(block.owner, elements) { continue }
            let score = 1 + Double(block.text.count { $0 == "," }) + min(Double(length) / 100, 3)
            var ancestor = block.owner.flatMap { elements[$0].parent }
            for divisor in [1.0, 2.0, 6.0] {
                guard let index = ancestor else { break }
                scores[index] += score / divisor
                ancestor = elements[index].parent
            }
        }
        let finalScores = elements.indices.map { index -> Double in
            guard scores[index] > 0 else { return 0 }
            let element = elements[index]
            let bonus = Double(element.classWeight + (element.isArticle ? 25 : 0))
            return max(0, scores[index] + bonus) * (1 - linkDensity(element.blocks))
        }
        guard let best = finalScores.indices.max(by: { finalScores[$0] < finalScores[$1] }), finalScores[best] > 0
        else { return nil }
        let top = container(around: best, scores: finalScores, elements: elements)
        let threshold = max(10, finalScores[top] / 5)
        let chosen = elements.indices.filter { index in
            guard index == top || (elements[top].parent != nil && elements[index].parent == elements[top].parent)
            else { return false }
            if index == top || finalScores[index] >= threshold { return true }
            let range = elements[index].blocks
            let length = range.reduce(0) { $0 + lengths[$1] }
            guard elements[index].name == "p", length > 0 else { return false }
            let density = linkDensity(range)
            return (length > 80 && density < 0.25)
                || (density == 0 && range.last.map { blocks[$0].text.trimmingWhitespace.last == "." } == true)
        }
        let kept = chosen.flatMap { elements[$0].blocks }.filter { blocks[$0].linkDensity <= 0.5 }.map {
            blocks[$0].text
        }
        return kept.isEmpty ? nil : kept
    }

    /// The blocks of a page with no running text: those in the article, else in `<main>`, else all.
    static func shortText(of blocks: [HTMLParagraph]) -> [String] {
        let chosen = [blocks.filter(\.inArticle), blocks.filter(\.inMain)].first { !$0.isEmpty } ?? blocks
        return chosen.map(\.text)
    }

    /// The element to take for the best-scoring one, `best`, as Readability takes it: the nearest
    /// ancestor holding three of the other top five when they score three quarters of it (an
    /// article split in parts); else the first ancestor that scores more than the one below it,
    /// while they score at least a third of it; then up through ancestors of which it is the only
    /// block child. Never `<body>` or `<html>`.
    private static func container(around best: Int, scores: [Double], elements: [HTMLElement]) -> Int {
        func ancestors(of index: Int) -> some Sequence<Int> {
            sequence(first: index) { elements[$0].parent }.dropFirst().prefix {
                !["body", "html"].contains(elements[$0].name)
            }
        }
        var top = best
        let alternatives = scores.indices.sorted { scores[$0] > scores[$1] }.prefix(5).dropFirst()
            .filter { scores[$0] >= scores[best] * 0.75 }
        if alternatives.count >= 3 {
            let lines = alternatives.map { Set(ancestors(of: $0)) }
            if let common = ancestors(of: best).first(where: { ancestor in lines.count { $0.contains(ancestor) } >= 3 })
            {
                top = common
            }
        }
        var last = scores[top]
        let threshold = last / 3
        for ancestor in ancestors(of: top) where scores[ancestor] > 0 {
            if scores[ancestor] < threshold { break }
            if scores[ancestor] > last {
                top = ancestor
                break
            }
            last = scores[ancestor]
        }
        var children = [Int](repeating: 0, count: elements.count)
        for element in elements { if let parent = element.parent { children[parent] += 1 } }
        while let parent = elements[top].parent, children[parent] == 1,
            !["body", "html"].contains(elements[parent].name)
        {
            top = parent
        }
        return top
    }

    /// Whether the element at `index`, or its parent, is a list item.
    private static func isInListItem(_ index: Int?, _ elements: [HTMLElement]) -> Bool {
        guard let index else { return false }
        return elements[index].name == "li" || elements[index].parent.map { elements[$0].name == "li" } == true
    }

    /// Whether a block counts as running text: a paragraph or loose text, long enough, mostly not links.
    private static func isRunningText(_ block: HTMLParagraph, length: Int) -> Bool {
        (block.kind == .paragraph || block.kind == .loose) && length >= shortestParagraph && block.linkDensity < 0.5
    }
}
