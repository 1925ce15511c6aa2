import Testing

@testable import GeoKGSyntax

@Suite("Training parts")
struct TrainingPartsTests {
    @Test("lifting makes a crossing tree projective, and leaves a projective one alone")
    func projectivize() {
        // Words 0..3, root = 4. Arc 3 -> 1 crosses 0 -> 2 (2 is between 0... ): heads 0:4, 1:3, 2:0, 3:0.
        let crossing = [4, 3, 0, 0]
        #expect(Projectivizer.shortestNonProjective(crossing) != nil)
        let lifted = Projectivizer.projectivize(crossing)
        #expect(Projectivizer.shortestNonProjective(lifted) == nil)
        #expect(lifted == [4, 0, 0, 0])
        let projective = [1, 4, 1, 2]
        #expect(Projectivizer.projectivize(projective) == projective)
    }

    @Test("the dynamic oracle finds a zero-cost move at every step of a gold parse")
    func oracle() {
        // "The ministry was sanctioned": det, nsubj:pass, aux:pass, root.
        let heads = [1, 3, 3, 4]
        var state = ParserState(count: 4)
        var steps = 0
        while !state.isTerminal && steps < 20 {
            let costs = Oracle.costs(state, heads: heads)
            let zero = Action.allCases.filter { state.isValid($0) }.map { costs[$0] }.min()
            #expect(zero == 0)
            let move = Action.allCases.first { state.isValid($0) && costs[$0] == 0 } ?? .shift
            state.apply(move, label: 0)
            steps += 1
        }
        #expect(state.isTerminal)
        #expect(state.heads.prefix(4).map(Int.init) == heads)
    }

    @Test("a CoNLL-U line with a wrong field count names the file and line")
    func treebankError() {
        #expect {
            _ = try Treebank.parse(
                "# comment\n1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_\n2\tbroken\n", file: "x.conllu")
        } throws: { error in
            (error as? SyntaxModelError)?.description == "x.conllu:3: expected 10 tab-separated fields, found 2"
        }
    }

    @Test("subtypes geokg does not keep fold into their main relation")
    func collapsing() {
        #expect(DependencyRelation(collapsing: "nsubj:outer") == .nsubj)
        #expect(DependencyRelation(collapsing: "nsubj:pass") == .nsubjPass)
        #expect(DependencyRelation(collapsing: "obl:agent") == .oblAgent)
        #expect(DependencyRelation(collapsing: "advcl:relcl") == .advcl)
        #expect(DependencyRelation(collapsing: "nmod:desc") == .nmod)
        #expect(DependencyRelation(collapsing: "bogus") == nil)
    }
}
