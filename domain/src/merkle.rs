//! The audit log's Merkle tree (issue #16), as RFC 9162 (Certificate Transparency v2, §2.1;
//! the same tree as RFC 6962) defines it: the tree hash of n leaves, inclusion proofs, and
//! consistency proofs between two sizes, with their verification. Pure: hashes in, hashes out.
//!
//! A stored tree keeps the hash of every *complete* subtree: node `(level, index)` is the tree
//! hash of leaves `index * 2^level .. (index + 1) * 2^level`, written once when its last leaf
//! arrives ([`appended_nodes`]) and never changed. Every hash a proof needs is the tree hash of
//! a range that splits into such nodes, so a proof reads O(log² n) stored nodes at most and never
//! the log itself ([`NodeSource`]).
//!
//! The algorithms follow the RFC's recursive definitions (MTH, PATH, PROOF/SUBPROOF) and its
//! verification procedures (§2.1.3.2, §2.1.4.2), and are checked against the RFC 6962 test
//! vectors published with Certificate Transparency's reference implementations.

use sha2::{Digest, Sha256};

/// A SHA-256 tree hash.
pub type Hash = [u8; 32];

/// The hash of a leaf: SHA-256(0x00 || entry).
pub fn leaf_hash(entry: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(entry);
    h.finalize().into()
}

/// The hash of an interior node: SHA-256(0x01 || left || right).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The tree hash of no leaves: SHA-256 of the empty string.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// The largest power of two smaller than `n` (n ≥ 2): where the RFC splits a tree of n leaves.
pub fn split(n: u64) -> u64 {
    debug_assert!(n >= 2);
    1 << (63 - (n - 1).leading_zeros())
}

/// Where stored complete subtrees come from: node `(level, index)` covers leaves
/// `index << level .. (index + 1) << level`. Level 0 holds the leaf hashes.
pub trait NodeSource {
    type Error;
    fn node(&mut self, level: u32, index: u64) -> Result<Hash, Self::Error>;
}

/// Why a proof cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError<E> {
    /// The index or sizes do not fit the tree (index ≥ size, first size > second, size 0 ...).
    #[error("no proof for these sizes: {0}")]
    OutOfRange(&'static str),
    /// The stored nodes could not be read.
    #[error("stored node unavailable")]
    Source(E),
}

/// The tree hash of leaves `start .. end` (MTH of that range; `start < end`), from the stored
/// complete subtrees: a range aligned on a power of two is one stored node, any other splits
/// where the RFC splits it.
pub fn range_hash<S: NodeSource>(src: &mut S, start: u64, end: u64) -> Result<Hash, S::Error> {
    let n = end - start;
    if n.is_power_of_two() && start.is_multiple_of(n) {
        return src.node(n.trailing_zeros(), start >> n.trailing_zeros());
    }
    let k = split(n);
    let left = range_hash(src, start, start + k)?;
    let right = range_hash(src, start + k, end)?;
    Ok(node_hash(&left, &right))
}

/// The root of a tree of `size` leaves.
pub fn root<S: NodeSource>(src: &mut S, size: u64) -> Result<Hash, S::Error> {
    if size == 0 {
        return Ok(empty_root());
    }
    range_hash(src, 0, size)
}

/// The inclusion proof of leaf `index` in the tree of `size` leaves (RFC 9162 §2.1.3.1,
/// PATH(m, D[n])), from the leaf up.
pub fn inclusion_proof<S: NodeSource>(
    src: &mut S,
    index: u64,
    size: u64,
) -> Result<Vec<Hash>, ProofError<S::Error>> {
    if index >= size {
        return Err(ProofError::OutOfRange(
            "the index is not below the tree size",
        ));
    }
    let mut proof = Vec::new();
    path(src, index, 0, size, &mut proof).map_err(ProofError::Source)?;
    Ok(proof)
}

/// PATH(m, D[start..end]) appended to `out` (leaf side first).
fn path<S: NodeSource>(
    src: &mut S,
    m: u64,
    start: u64,
    end: u64,
    out: &mut Vec<Hash>,
) -> Result<(), S::Error> {
    let n = end - start;
    if n == 1 {
        return Ok(());
    }
    let k = split(n);
    if m < k {
        path(src, m, start, start + k, out)?;
        out.push(range_hash(src, start + k, end)?);
    } else {
        path(src, m - k, start + k, end, out)?;
        out.push(range_hash(src, start, start + k)?);
    }
    Ok(())
}

/// The consistency proof between the tree of `first` leaves and the tree of `second`
/// (RFC 9162 §2.1.4.1, PROOF(m, D[n])); empty when the sizes are equal.
pub fn consistency_proof<S: NodeSource>(
    src: &mut S,
    first: u64,
    second: u64,
) -> Result<Vec<Hash>, ProofError<S::Error>> {
    if first == 0 || first > second {
        return Err(ProofError::OutOfRange(
            "the first size must be at least 1 and at most the second",
        ));
    }
    let mut proof = Vec::new();
    if first < second {
        subproof(src, first, 0, second, true, &mut proof).map_err(ProofError::Source)?;
    }
    Ok(proof)
}

/// SUBPROOF(m, D[start..end], b) appended to `out`.
fn subproof<S: NodeSource>(
    src: &mut S,
    m: u64,
    start: u64,
    end: u64,
    whole: bool,
    out: &mut Vec<Hash>,
) -> Result<(), S::Error> {
    let n = end - start;
    if m == n {
        if !whole {
            out.push(range_hash(src, start, end)?);
        }
        return Ok(());
    }
    let k = split(n);
    if m <= k {
        subproof(src, m, start, start + k, whole, out)?;
        out.push(range_hash(src, start + k, end)?);
    } else {
        subproof(src, m - k, start + k, end, false, out)?;
        out.push(range_hash(src, start, start + k)?);
    }
    Ok(())
}

/// Whether `proof` proves that `leaf` (a leaf hash) is leaf `index` of the tree of `size`
/// leaves whose root is `root` (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(leaf: &Hash, index: u64, size: u64, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut fnode, mut snode) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if snode == 0 {
            return false;
        }
        if fnode & 1 == 1 || fnode == snode {
            r = node_hash(p, &r);
            if fnode & 1 == 0 {
                while fnode & 1 == 0 && fnode != 0 {
                    fnode >>= 1;
                    snode >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        fnode >>= 1;
        snode >>= 1;
    }
    snode == 0 && r == *root
}

/// Whether `proof` proves that the tree of `second` leaves with root `second_root` extends the
/// tree of `first` leaves with root `first_root` (RFC 9162 §2.1.4.2).
pub fn verify_consistency(
    first: u64,
    second: u64,
    first_root: &Hash,
    second_root: &Hash,
    proof: &[Hash],
) -> bool {
    if first == 0 || first > second {
        return false;
    }
    if first == second {
        return proof.is_empty() && first_root == second_root;
    }
    // a first tree that is a complete subtree is not in the proof: it starts it
    let mut path: Vec<Hash> = Vec::with_capacity(proof.len() + 1);
    if first.is_power_of_two() {
        path.push(*first_root);
    }
    path.extend_from_slice(proof);
    let Some((start, rest)) = path.split_first() else {
        return false;
    };
    let (mut fnode, mut snode) = (first - 1, second - 1);
    while fnode & 1 == 1 {
        fnode >>= 1;
        snode >>= 1;
    }
    let (mut fr, mut sr) = (*start, *start);
    for c in rest {
        if snode == 0 {
            return false;
        }
        if fnode & 1 == 1 || fnode == snode {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if fnode & 1 == 0 {
                while fnode & 1 == 0 && fnode != 0 {
                    fnode >>= 1;
                    snode >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        fnode >>= 1;
        snode >>= 1;
    }
    fr == *first_root && sr == *second_root && snode == 0
}

/// The complete subtrees that appending leaf hash `leaf` as leaf `index` completes, the leaf
/// itself first: `(level, index, hash)`. `left(level, index)` answers an earlier stored node
/// (the left sibling of each new one). A tree that stores what this answers for every leaf, in
/// order, holds every complete subtree.
pub fn appended_nodes<E>(
    index: u64,
    leaf: Hash,
    mut left: impl FnMut(u32, u64) -> Result<Hash, E>,
) -> Result<Vec<(u32, u64, Hash)>, E> {
    let mut out = vec![(0, index, leaf)];
    let (mut level, mut i, mut h) = (0u32, index, leaf);
    while i & 1 == 1 {
        let sibling = left(level, i - 1)?;
        h = node_hash(&sibling, &h);
        level += 1;
        i >>= 1;
        out.push((level, i, h));
    }
    Ok(out)
}

/// Lower-case hexadecimal of a hash.
pub fn to_hex(h: &Hash) -> String {
    to_hex_bytes(h)
}

/// Lower-case hexadecimal of any bytes.
pub fn to_hex_bytes(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

/// A hash from 64 hexadecimal digits.
pub fn from_hex(s: &str) -> Option<Hash> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// A tree in memory (for tests and for checking a whole log): the complete subtrees by level.
#[derive(Debug, Clone, Default)]
pub struct MemoryTree {
    levels: Vec<Vec<Hash>>,
}

impl MemoryTree {
    pub fn new() -> Self {
        Self::default()
    }

    /// Leaves so far.
    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |l| l.len() as u64)
    }

    /// Appends a leaf hash; answers the nodes it completed.
    pub fn push(&mut self, leaf: Hash) -> Vec<(u32, u64, Hash)> {
        let index = self.size();
        let levels = &self.levels;
        let nodes = appended_nodes::<std::convert::Infallible>(index, leaf, |level, i| {
            Ok(levels[level as usize][i as usize])
        })
        .unwrap_or_else(|never| match never {});
        for &(level, _, h) in &nodes {
            let level = level as usize;
            if self.levels.len() == level {
                self.levels.push(Vec::new());
            }
            self.levels[level].push(h);
        }
        nodes
    }
}

impl NodeSource for MemoryTree {
    type Error = &'static str;
    fn node(&mut self, level: u32, index: u64) -> Result<Hash, Self::Error> {
        self.levels
            .get(level as usize)
            .and_then(|l| l.get(usize::try_from(index).ok()?))
            .copied()
            .ok_or("no such node")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The RFC 6962 test vectors of Certificate Transparency's reference implementations
    // (transparency-dev/merkle testonly): eight leaves and the root of every size.
    const LEAVES: [&str; 8] = [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ];
    const ROOTS: [&str; 9] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    fn bytes(hex: &str) -> Vec<u8> {
        (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
            .collect()
    }

    fn h(hex: &str) -> Hash {
        from_hex(hex).unwrap()
    }

    fn reference() -> MemoryTree {
        let mut t = MemoryTree::new();
        for l in LEAVES {
            t.push(leaf_hash(&bytes(l)));
        }
        t
    }

    fn synthetic(n: u64) -> MemoryTree {
        let mut t = MemoryTree::new();
        for i in 0..n {
            t.push(leaf_hash(&i.to_be_bytes()));
        }
        t
    }

    /// MTH straight from the RFC's definition, over leaf hashes (no stored nodes).
    fn mth(leaves: &[Hash]) -> Hash {
        match leaves.len() {
            0 => empty_root(),
            1 => leaves[0],
            n => {
                let k = split(n as u64) as usize;
                node_hash(&mth(&leaves[..k]), &mth(&leaves[k..]))
            }
        }
    }

    #[test]
    fn the_roots_are_the_rfc_6962_vectors_at_every_size() {
        let mut t = reference();
        for (size, want) in ROOTS.iter().enumerate() {
            assert_eq!(
                to_hex(&root(&mut t, size as u64).unwrap()),
                *want,
                "size {size}"
            );
        }
    }

    #[test]
    fn the_split_is_the_largest_power_of_two_below_n_not_the_midpoint() {
        for (n, k) in [
            (2, 1),
            (3, 2),
            (4, 2),
            (5, 4),
            (7, 4),
            (8, 4),
            (9, 8),
            (1000, 512),
        ] {
            assert_eq!(split(n), k, "n = {n}");
        }
        assert_eq!(split(1 << 40), 1 << 39);
        assert_eq!(split((1 << 63) + 1), 1 << 63);
    }

    #[test]
    fn inclusion_proofs_are_the_rfc_6962_vectors() {
        let mut t = reference();
        let cases: [(u64, u64, &[&str]); 4] = [
            (0, 1, &[]),
            (
                0,
                8,
                &[
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
                ],
            ),
            (
                5,
                8,
                &[
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ],
            ),
            (
                2,
                3,
                &["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"],
            ),
        ];
        for (index, size, want) in cases {
            let proof = inclusion_proof(&mut t, index, size).unwrap();
            let got: Vec<String> = proof.iter().map(to_hex).collect();
            assert_eq!(got, want, "leaf {index} of {size}");
            let leaf = leaf_hash(&bytes(LEAVES[index as usize]));
            assert!(verify_inclusion(
                &leaf,
                index,
                size,
                &proof,
                &h(ROOTS[size as usize])
            ));
        }
    }

    #[test]
    fn consistency_proofs_are_the_rfc_6962_vectors() {
        let mut t = reference();
        let cases: [(u64, u64, &[&str]); 4] = [
            (
                1,
                8,
                &[
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
                ],
            ),
            (
                6,
                8,
                &[
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ],
            ),
            (
                2,
                5,
                &[
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                ],
            ),
            (8, 8, &[]),
        ];
        for (first, second, want) in cases {
            let proof = consistency_proof(&mut t, first, second).unwrap();
            let got: Vec<String> = proof.iter().map(to_hex).collect();
            assert_eq!(got, want, "{first} -> {second}");
            assert!(verify_consistency(
                first,
                second,
                &h(ROOTS[first as usize]),
                &h(ROOTS[second as usize]),
                &proof
            ));
        }
    }

    #[test]
    fn stored_nodes_give_the_definitions_root_at_every_size() {
        let mut t = synthetic(70);
        let leaves: Vec<Hash> = (0..70u64).map(|i| leaf_hash(&i.to_be_bytes())).collect();
        for n in 0..=70 {
            assert_eq!(
                root(&mut t, n).unwrap(),
                mth(&leaves[..n as usize]),
                "size {n}"
            );
        }
        // every complete subtree is stored, and only those: 70 = 64 + 4 + 2
        assert_eq!(
            t.levels.iter().map(Vec::len).sum::<usize>(),
            70 + 35 + 17 + 8 + 4 + 2 + 1
        );
    }

    #[test]
    fn every_proof_verifies_in_every_shape_and_a_wrong_one_does_not() {
        let n_max = 33;
        let mut t = synthetic(n_max);
        for size in 1..=n_max {
            let r = root(&mut t, size).unwrap();
            for index in 0..size {
                let leaf = leaf_hash(&index.to_be_bytes());
                let proof = inclusion_proof(&mut t, index, size).unwrap();
                assert!(
                    verify_inclusion(&leaf, index, size, &proof, &r),
                    "{index} of {size}"
                );
                // another leaf, index or size, a proof one hash short or changed: refused
                let other = leaf_hash(&(index + 1000).to_be_bytes());
                assert!(!verify_inclusion(&other, index, size, &proof, &r));
                if size > 1 {
                    assert!(!verify_inclusion(
                        &leaf,
                        (index + 1) % size,
                        size,
                        &proof,
                        &r
                    ));
                    // the size is part of what is proved: the proof against a larger tree's root
                    // fails (the same root at another size can pass: sizes are signed with roots
                    // in a checkpoint, never taken from the proof)
                    if size < n_max {
                        let larger = root(&mut t, size + 1).unwrap();
                        assert!(!verify_inclusion(&leaf, index, size + 1, &proof, &larger));
                    }
                    assert!(!verify_inclusion(&leaf, index, size, &proof[1..], &r));
                    let mut bad = proof.clone();
                    bad[0][0] ^= 1;
                    assert!(!verify_inclusion(&leaf, index, size, &bad, &r));
                }
            }
            for first in 1..=size {
                let fr = root(&mut t, first).unwrap();
                let proof = consistency_proof(&mut t, first, size).unwrap();
                assert!(
                    verify_consistency(first, size, &fr, &r, &proof),
                    "{first} -> {size}"
                );
                if first < size {
                    // a first root the second tree does not extend
                    let mut wrong = fr;
                    wrong[31] ^= 1;
                    assert!(!verify_consistency(first, size, &wrong, &r, &proof));
                    if !proof.is_empty() {
                        let mut bad = proof.clone();
                        let last = bad.len() - 1;
                        bad[last][0] ^= 1;
                        assert!(!verify_consistency(first, size, &fr, &r, &bad));
                    }
                }
            }
        }
    }

    #[test]
    fn proofs_outside_the_tree_are_refused() {
        let mut t = synthetic(5);
        assert!(matches!(
            inclusion_proof(&mut t, 5, 5),
            Err(ProofError::OutOfRange(_))
        ));
        assert!(matches!(
            consistency_proof(&mut t, 0, 5),
            Err(ProofError::OutOfRange(_))
        ));
        assert!(matches!(
            consistency_proof(&mut t, 6, 5),
            Err(ProofError::OutOfRange(_))
        ));
        // a tree larger than what is stored: the source says so
        assert!(matches!(
            inclusion_proof(&mut t, 0, 6),
            Err(ProofError::Source(_))
        ));
        assert!(!verify_inclusion(&[0; 32], 0, 0, &[], &[0; 32]));
        assert!(!verify_consistency(0, 1, &[0; 32], &[0; 32], &[]));
    }

    #[test]
    fn hex_round_trips_and_refuses_what_is_not_a_hash() {
        let x = h(ROOTS[8]);
        assert_eq!(to_hex(&x), ROOTS[8]);
        assert_eq!(from_hex(&ROOTS[8][..62]), None);
        assert_eq!(from_hex(&ROOTS[8].replace('5', "g")), None);
        assert_eq!(from_hex("é".repeat(32).as_str()), None);
    }
}
