/// A Universal Dependencies relation label, as the parser gives it.
///
/// All 37 universal relations, plus the English subtypes that tell who did what to whom (`nsubj:pass`,
/// `aux:pass`, `obl:agent`, `acl:relcl`, `nmod:poss`, `compound:prt`) and a few more frequent ones. Rarer
/// subtypes are folded into their main relation when a treebank is read (see `init(collapsing:)`).
public enum DependencyRelation: String, Sendable, Hashable, CaseIterable, Codable {
    /// Adnominal clause: "the talks *held* in Geneva".
    case acl
    /// Relative clause: "the minister who *met* him".
    case aclRelcl = "acl:relcl"
    /// Adverbial clause: "*After* meeting, they *left*".
    case advcl
    /// Adverbial modifier: "*also*", "*not*".
    case advmod
    /// Adjectival modifier: "*foreign* minister".
    case amod
    /// Apposition: "Lavrov, *Russia's* foreign *minister*".
    case appos
    /// Auxiliary: "*has* met", "*will* meet".
    case aux
    /// Passive auxiliary: "*was* sanctioned".
    case auxPass = "aux:pass"
    /// Case marker, an adposition or "'s": "*with* his counterpart".
    case `case`
    /// Coordinating conjunction: "*and*".
    case cc
    /// Preconjunct: "*both* Kenya and Uganda".
    case ccPreconj = "cc:preconj"
    /// Clausal complement: "said *that* they *would* meet".
    case ccomp
    /// Classifier (not used in English).
    case clf
    /// Compound: "*border* talks", "*Foreign* Minister".
    case compound
    /// Phrasal-verb particle: "set *up*".
    case compoundPrt = "compound:prt"
    /// Conjunct: "Kenya and *Uganda*".
    case conj
    /// Copula: "he *is* minister".
    case cop
    /// Clausal subject: "*What* he *said* matters".
    case csubj
    /// Unspecified dependency.
    case dep
    /// Determiner: "*the* ministry".
    case det
    /// Predeterminer: "*all* the ministers".
    case detPredet = "det:predet"
    /// Discourse element: "*well*", "*oh*".
    case discourse
    /// Dislocated element.
    case dislocated
    /// Expletive: "*there* are", "*it* is said".
    case expl
    /// Fixed multiword expression: "because *of*".
    case fixed
    /// Flat name: "Sergei *Lavrov*".
    case flat
    /// Goes with (a word split by a typo).
    case goeswith
    /// Indirect object: "gave *Kenya* aid".
    case iobj
    /// List item.
    case list
    /// Marker of a subordinate clause: "*that*", "*to*" before a verb.
    case mark
    /// Nominal modifier: "the ministry *of* *defence*".
    case nmod
    /// Possessive nominal modifier: "*Kenya* 's minister", "*his* counterpart".
    case nmodPoss = "nmod:poss"
    /// Nominal modifier without a preposition: "the *Tuesday* meeting".
    case nmodUnmarked = "nmod:unmarked"
    /// Nominal subject: "*Kenya* met ...".
    case nsubj
    /// Passive nominal subject: "*the ministry* was sanctioned".
    case nsubjPass = "nsubj:pass"
    /// Numeric modifier: "*two* ministers".
    case nummod
    /// Direct object: "met *Lavrov*".
    case obj
    /// Oblique nominal: "met *in* *Geneva*".
    case obl
    /// Agent of a passive: "sanctioned *by* the *United* *States*".
    case oblAgent = "obl:agent"
    /// Oblique without a preposition: "met *Tuesday*".
    case oblUnmarked = "obl:unmarked"
    /// Orphan in an ellipsis.
    case orphan
    /// Parataxis: loosely joined clauses.
    case parataxis
    /// Punctuation.
    case punct
    /// Reparandum (a disfluency that is repaired).
    case reparandum
    /// The root of the sentence.
    case root
    /// Vocative: "*John*, come here".
    case vocative
    /// Open clausal complement: "wants *to* *meet*".
    case xcomp

    /// The relation for a treebank label, with rare subtypes folded into their main relation
    /// (`nsubj:outer` → `nsubj`, `csubj:pass` → `csubj`, `advcl:relcl` → `advcl`, `nmod:desc` → `nmod`);
    /// `nil` when not even the main relation is a universal one.
    public init?(collapsing label: some StringProtocol) {
        if let exact = DependencyRelation(rawValue: String(label)) {
            self = exact
            return
        }
        guard let colon = label.firstIndex(of: ":"),
            let main = DependencyRelation(rawValue: String(label[..<colon]))
        else { return nil }
        self = main
    }

    /// The main relation without its subtype: `nsubj` for `nsubj:pass`.
    public var mainRelation: DependencyRelation {
        guard let colon = rawValue.firstIndex(of: ":") else { return self }
        return DependencyRelation(rawValue: String(rawValue[..<colon])) ?? self
    }
}
