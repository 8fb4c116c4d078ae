//! Repairs of parse errors that would hide or invent events, applied to a
//! sentence's [`Tree`] before coding. Each fixes one pattern a dependency
//! tree cannot have (a noun with a subject and no copula, two subjects of
//! one verb, a subject under an adverb) or a construction the parser
//! trained on web text often misses in news (`"…," officials said`,
//! `calling the claims "lies"`).

use super::tree::Tree;

mod attachments;
mod attribution;
mod nodes;
mod subjects;
mod tags;

use attachments::*;
use attribution::*;
use subjects::*;
use tags::*;

/// Applies every repair to `t`.
pub(super) fn repair(t: &mut Tree<'_>) {
    punctuation_heads(t);
    split_names(t);
    hyphenated_pairs(t);
    subjects_after_time_phrases(t);
    subjects_before_time_phrases(t);
    subjects_after_fronted_phrases(t);
    relative_clause_roots(t);
    time_phrases_of_objects(t);
    from_to_pairs(t);
    adverbs_as_prepositions(t);
    agents_of_objects(t);
    gapped_objects(t);
    names_before_objects(t);
    false_auxiliaries(t);
    finite_modifiers(t);
    subject_roots(t);
    paratactic_predicates(t);
    participle_predicates(t);
    infinitive_complements(t);
    stray_marks(t);
    prepositions_as_marks(t);
    gerunds_as_nouns(t);
    possessed_adjectives(t);
    indefinite_name_nouns(t);
    possessed_participles(t);
    subjects_with_prepositions(t);
    subjects_of_participles(t);
    nouns_with_subjects(t);
    nouns_with_objects(t);
    subjects_of_adverbs(t);
    second_subjects(t);
    stray_names(t);
    verb_determiners(t);
    subjects_of_attributions(t);
    inverted_subjects(t);
    trailing_attributions(t);
    quoted_predicates(t);
}
