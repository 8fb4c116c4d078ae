//! Irregular English verb forms, written for dyad (base form first,
//! followed by its inflected forms).

const VERBS: &str = "\
be am is are was were been being 'm 're
have has had having 've 'd
do does did done doing
say says said saying
go goes went gone going
make makes made making
take takes took taken taking
come comes came coming
see sees saw seen seeing
know knows knew known knowing
get gets got gotten getting
give gives gave given giving
find finds found finding
think thinks thought thinking
tell tells told telling
become becomes became becoming
leave leaves left leaving
feel feels felt feeling
bring brings brought bringing
begin begins began begun beginning
keep keeps kept keeping
hold holds held holding
write writes wrote written writing
stand stands stood standing
hear hears heard hearing
meet meets met meeting
run runs ran running
pay pays paid paying
sit sits sat sitting
speak speaks spoke spoken speaking
lie lies lay lain lying
lead leads led leading
grow grows grew grown growing
lose loses lost losing
fall falls fell fallen falling
send sends sent sending
build builds built building
understand understands understood understanding
draw draws drew drawn drawing
break breaks broke broken breaking
spend spends spent spending
rise rises rose risen rising
drive drives drove driven driving
buy buys bought buying
wear wears wore worn wearing
choose chooses chose chosen choosing
seek seeks sought seeking
throw throws threw thrown throwing
catch catches caught catching
deal deals dealt dealing
win wins won winning
forget forgets forgot forgotten forgetting
sell sells sold selling
fight fights fought fighting
teach teaches taught teaching
eat eats ate eaten eating
fly flies flew flown flying
sing sings sang sung singing
shake shakes shook shaken shaking
strike strikes struck stricken striking
hide hides hid hidden hiding
swear swears swore sworn swearing
steal steals stole stolen stealing
flee flees fled fleeing
freeze freezes froze frozen freezing
bind binds bound binding
withdraw withdraws withdrew withdrawn withdrawing
undertake undertakes undertook undertaken undertaking
overtake overtakes overtook overtaken overtaking
shoot shoots shot shooting
bear bears bore borne born bearing
beat beats beaten beating
bite bites bit bitten biting
blow blows blew blown blowing
arise arises arose arisen arising
awake awakes awoke awoken awaking
forbid forbids forbade forbidden forbidding
forgive forgives forgave forgiven forgiving
ride rides rode ridden riding
ring rings rang rung ringing
seize seizes seized seizing
sink sinks sank sunk sinking
slay slays slew slain slaying
tear tears tore torn tearing
wake wakes woke woken waking
weave weaves wove woven weaving
feed feeds fed feeding
bleed bleeds bled bleeding
breed breeds bred breeding
speed speeds sped speeding
light lights lit lighting
slide slides slid sliding
dig digs dug digging
stick sticks stuck sticking
swing swings swung swinging
hang hangs hung hanging
sleep sleeps slept sleeping
sweep sweeps swept sweeping
weep weeps wept weeping
creep creeps crept creeping
lend lends lent lending
bend bends bent bending
mean means meant meaning
kneel kneels knelt kneeling
dream dreams dreamt dreaming
spell spells spelt spelling
overcome overcomes overcame overcoming
oversee oversees oversaw overseen overseeing
undergo undergoes underwent undergone undergoing
foresee foresees foresaw foreseen foreseeing
mislead misleads misled misleading
uphold upholds upheld upholding
withhold withholds withheld withholding
";

/// The base form of an irregular verb form, if `lower` is one.
pub fn verb_lemma(lower: &str) -> Option<&'static str> {
    for line in VERBS.lines() {
        let mut words = line.split(' ');
        let base = words.next()?;
        if base == lower || words.any(|w| w == lower) {
            return Some(base);
        }
    }
    None
}

/// Past forms that are also base forms of other verbs (`found` a
/// company, `saw` wood, `fell` trees, `bound`, `wound`, `ground`).
const ALSO_BASES: &[&str] = &[
    "found", "saw", "lay", "fell", "bore", "bound", "wound", "ground", "lit",
];

/// The base form of `lower` when it is only ever a past or participle
/// form of an irregular verb (`froze`, `fled`, `swore`), not a base form
/// itself.
pub fn past_only_lemma(lower: &str) -> Option<&'static str> {
    if ALSO_BASES.contains(&lower) || lower.ends_with("ing") || lower.ends_with('s') {
        return None;
    }
    let base = verb_lemma(lower)?;
    let is_a_base = VERBS.lines().any(|line| line.split(' ').next() == Some(lower));
    (base != lower && !is_a_base).then_some(base)
}

/// Prefixes that make new verbs of irregular ones (`retook`, `outgrew`).
const PREFIXES: &[&str] = &["re", "out", "over", "under", "mis", "fore", "with"];

/// The base form of a past form of an irregular verb with a prefix the
/// table does not list (`retook` → `retake`, `rebuilt` → `rebuild`).
pub fn prefixed_verb_lemma(lower: &str) -> Option<String> {
    PREFIXES.iter().find_map(|prefix| {
        let rest = lower.strip_prefix(prefix).filter(|r| r.len() >= 3)?;
        let base = verb_lemma(rest)?;
        let past = base != rest && !rest.ends_with("ing") && !rest.ends_with('s');
        past.then(|| format!("{prefix}{base}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_past_forms_tagged_as_bases() {
        assert_eq!(past_only_lemma("froze"), Some("freeze"));
        assert_eq!(past_only_lemma("fled"), Some("flee"));
        assert_eq!(past_only_lemma("found"), None);
        assert_eq!(past_only_lemma("freeze"), None);
        assert_eq!(past_only_lemma("freezes"), None);
        assert_eq!(past_only_lemma("walked"), None);
    }

    #[test]
    fn finds_prefixed_irregulars() {
        assert_eq!(prefixed_verb_lemma("retook").as_deref(), Some("retake"));
        assert_eq!(prefixed_verb_lemma("rebuilt").as_deref(), Some("rebuild"));
        assert_eq!(prefixed_verb_lemma("outgrew").as_deref(), Some("outgrow"));
        assert_eq!(prefixed_verb_lemma("retakes"), None);
        assert_eq!(prefixed_verb_lemma("remade").as_deref(), Some("remake"));
        assert_eq!(prefixed_verb_lemma("retreated"), None);
    }

    #[test]
    fn finds_irregulars() {
        assert_eq!(verb_lemma("met"), Some("meet"));
        assert_eq!(verb_lemma("were"), Some("be"));
        assert_eq!(verb_lemma("annexed"), None);
    }
}
