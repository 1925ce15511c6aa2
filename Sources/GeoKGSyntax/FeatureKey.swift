/// Feature keys: 64-bit hashes of a template number and up to four values, never built from strings.
///
/// Each value is multiplied by its own odd constant (a bijection) and rotated into its own position, the
/// results are combined with the template's seed by exclusive or, and the sum is scrambled once. Values are
/// either hashes already (words, tags) or small numbers (distances, counts, relations), and neither gives
/// keys that collide in practice. A template's number is folded in first, so the same values under two
/// templates give two keys.
enum FeatureKey {
    @inline(__always)
    private static func seed(_ template: UInt64) -> UInt64 { template &* 0x9E37_79B9_7F4A_7C15 }

    @inline(__always)
    private static func spread(_ value: UInt64, _ factor: UInt64, _ rotation: UInt64) -> UInt64 {
        let product = value &* factor
        return product << rotation | product >> (64 - rotation)
    }

    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64) -> UInt64 {
        StableHash.mix(seed(template) ^ a)
    }

    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        StableHash.mix(seed(template) ^ a ^ spread(b, 0xC2B2_AE3D_27D4_EB4F, 23))
    }

    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        StableHash.mix(seed(template) ^ a ^ spread(b, 0xC2B2_AE3D_27D4_EB4F, 23) ^ spread(c, 0x1656_67B1_9E37_79F9, 41))
    }

    @inline(__always)
    static func make(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt64 {
        StableHash.mix(
            seed(template) ^ a ^ spread(b, 0xC2B2_AE3D_27D4_EB4F, 23) ^ spread(c, 0x1656_67B1_9E37_79F9, 41)
                ^ spread(d, 0x27D4_EB2F_1656_67C5, 53))
    }
}
