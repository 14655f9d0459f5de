//! Text similarity for double-funding signals (issue #15): the cosine similarity of two texts'
//! character trigram counts, after folding case and accents and keeping letters and digits. A
//! copied text scores 1000 ‰ whatever its spacing and capitals, a reworded one high, an
//! unrelated one low. Scores are whole per-mille values, so that what screeners see and what
//! the tests assert never depend on a float's last digits.

use std::collections::HashMap;

/// A similarity from 0 (nothing in common) to 1000 (the same text, up to case, accents,
/// punctuation and spacing).
pub type Permille = u16;

/// The score from which two texts are shown to screeners as similar.
pub const SIMILAR_FROM: Permille = 600;

/// The text as compared: lower case, accents folded (é → e), every run of characters that are
/// not letters or digits one space, trimmed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold(c);
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

/// The Latin letters with a diacritic Dutch, French and German texts use, without it.
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// The character trigrams of the normalised text, padded with a space at both ends (so that
/// short words count), with their counts.
fn trigrams(text: &str) -> HashMap<[char; 3], u32> {
    let padded: Vec<char> = std::iter::once(' ')
        .chain(normalise(text).chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut counts = HashMap::new();
    for w in padded.windows(3) {
        *counts.entry([w[0], w[1], w[2]]).or_insert(0) += 1;
    }
    counts
}

/// The cosine similarity of the two texts' trigram counts, in per mille. Two empty texts (or
/// texts of nothing but punctuation) score 0: nothing to compare is no evidence.
pub fn similarity(a: &str, b: &str) -> Permille {
    let (ta, tb) = (trigrams(a), trigrams(b));
    if normalise(a).is_empty() || normalise(b).is_empty() {
        return 0;
    }
    let dot: u64 = ta
        .iter()
        .filter_map(|(g, &n)| tb.get(g).map(|&m| u64::from(n) * u64::from(m)))
        .sum();
    let norm = |t: &HashMap<[char; 3], u32>| t.values().map(|&n| u64::from(n).pow(2)).sum::<u64>();
    let denominator = ((norm(&ta) as f64) * (norm(&tb) as f64)).sqrt();
    if denominator == 0.0 {
        return 0;
    }
    let score = (dot as f64 / denominator * 1000.0).round();
    score.clamp(0.0, 1000.0) as Permille
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copied_text_scores_1000_whatever_its_case_accents_and_spacing() {
        let a = "Eén-op-één ondersteuning van lokale besturen bij deradicalisering.";
        let b = "EEN OP EEN  ondersteuning van lokale   besturen, bij deradicalisering";
        assert_eq!(similarity(a, a), 1000);
        assert_eq!(similarity(a, b), 1000);
        assert_eq!(normalise(" Één, twee!  drie "), "een twee drie");
    }

    #[test]
    fn a_reworded_text_scores_high_and_an_unrelated_one_low() {
        let original = "Expertenpool Limburg: één-op-één ondersteuning van lokale besturen";
        let reworded = "Ondersteuning van lokale besturen in Limburg door een expertenpool";
        let unrelated = "Aankoop van elektrische bestelwagens voor de groendienst";
        let close = similarity(original, reworded);
        let far = similarity(original, unrelated);
        assert!(close >= SIMILAR_FROM, "reworded scored {close}");
        assert!(far < 300, "unrelated scored {far}");
        // symmetric
        assert_eq!(similarity(reworded, original), close);
    }

    #[test]
    fn nothing_to_compare_is_no_evidence() {
        assert_eq!(similarity("", ""), 0);
        assert_eq!(similarity("...", "!!!"), 0);
        assert_eq!(similarity("tekst", ""), 0);
    }
}
