import ArgumentParser
import Foundation
import GeoKG

/// `geokg eval`: scores extraction against gold-annotated articles.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold-annotated articles (NAME.txt with NAME.gold.json).",
        discussion: """
            Extracts each article's facts as ingest would store them and compares them with its gold file
            (format: README, "Gold annotations"). A stated entity matches a gold one when its label or one of its
            other names is an alias of it (case, punctuation and a leading "the" aside); symmetric relations
            match in either order; negated gold facts must not be stated. Prints a line per article, precision,
            recall and F1 per relation, and last the totals: relations, pairs of entities, entity recall.

            Example:
              geokg eval my-annotated-articles/ --verbose
            """)

    @OptionGroup var ontologyOptions: OntologyOptions

    @Flag(name: .shortAndLong, help: "List each article's missed and wrong facts.")
    var verbose = false

    @Option(
        help: ArgumentHelp(
            "Write each kind of rule's measured precision to this file (Ontology/confidence.tsv) and print how often "
                + "facts of each confidence were right, each article judged by the others.",
            valueName: "file"))
    var calibration: String?

    @Argument(help: ArgumentHelp("Folders of NAME.txt articles with NAME.gold.json beside them.", valueName: "folder"))
    var folders: [String]

    func validate() throws {
        guard !folders.isEmpty else { throw ValidationError("Name at least one folder of gold-annotated articles.") }
    }

    func run() throws {
        let evaluation = ExtractionEvaluation(
            ontology: try ontologyOptions.load(), tagger: try ontologyOptions.loadTagger())
        var articles = 0
        var failed = 0
        var judged: [[JudgedReport]] = []
        let totals = try evaluation.run(folders: folders) { outcome in
            articles += 1
            let name = outcome.article.name.padding(
                toLength: max(40, outcome.article.name.count), withPad: " ", startingAt: 0)
            switch outcome.score {
            case .failure(let error):
                failed += 1
                print("\(name) FAILED \(error)")
            case .success(let score):
                judged.append(score.reports)
                let correct = score.stated.intersection(score.wanted).count
                print(
                    "\(name) rel \(pad(correct, 3))/\(pad(score.wanted.count, 3)) found, \(pad(score.stated.count, 3)) stated  "
                        + "P=\(ratio(correct, score.stated.count, 2)) R=\(ratio(correct, score.wanted.count, 2))  "
                        + "entities \(score.entitiesFound)/\(score.goldEntities)")
                if verbose {
                    for fact in score.wanted.subtracting(score.stated).sorted() {
                        print("    missed \(describe(fact))")
                    }
                    for fact in score.stated.subtracting(score.wanted).sorted() {
                        print("    wrong  \(describe(fact))")
                    }
                }
            }
        }
        print("per relation:")
        for (relation, counts) in totals.byRelation.sorted(by: { $0.key < $1.key }) {
            print(
                "  \(relation.padding(toLength: 18, withPad: " ", startingAt: 0)) "
                    + scores(counts.correct, counts.stated, counts.wanted)
                    + "  (\(counts.correct) of \(counts.wanted) found, \(counts.stated) stated)")
        }
        print("articles=\(articles) failed=\(failed) negated_stated=\(totals.negatedStated)")
        if let calibration {
            let measured = Calibration(articles: judged)
            try measured.table.tsv.write(toFile: calibration, atomically: true, encoding: .utf8)
            print("calibration (each article's confidences from the other articles):")
            print(measured.markdown, terminator: "")
        }
        print(
            "relations \(scores(totals.correct, totals.stated, totals.wanted)) | "
                + "pairs \(scores(totals.pairsCorrect, totals.pairsStated, totals.pairsWanted)) | "
                + "entity recall=\(ratio(totals.entitiesFound, totals.goldEntities, 3))")
    }

    /// `P=… R=… F1=…` from correct, stated and wanted counts.
    private func scores(_ correct: Int, _ stated: Int, _ wanted: Int) -> String {
        let precision = stated == 0 ? 0 : Double(correct) / Double(stated)
        let recall = wanted == 0 ? 0 : Double(correct) / Double(wanted)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return "P=\(fixed(precision, 3)) R=\(fixed(recall, 3)) F1=\(fixed(f1, 3))"
    }

    private func describe(_ fact: ScoredFact) -> String {
        "\(fact.subject) —\(fact.relation)→ \(fact.object)"
    }
}
