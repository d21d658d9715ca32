"""(a) Synergistic Influence: the default model (Zulkifli 2026 on an S-O-R frame)."""

from __future__ import annotations

from presetlib import sources as src
from presetlib.build import PresetBuilder, pulse, step
from synergy_gui.model import Meta, ModelDocument

FILE_NAME = "synergistic_influence.synergy.json"

SOR = [src.MEHRABIAN_RUSSELL_1974, src.SULTAN_2021]
#: The co-active product term's weight: the largest the monotonicity guard allows beside the
#: personalization path (.60 × .5 ≤ .30), so personalization adds nothing without interactivity.
SYNERGY_WEIGHT = 0.60
BOTH_HIGH = {"interactivity": step(0.9, 4), "personalization": step(0.9, 4)}
ASSUMED = (
    "illustrative (assumed): no study reports this coefficient; a moderate standardised effect"
)

META = Meta(
    title="Synergistic Influence: interactivity × personalization → trust → loyalty",
    description=(
        "The default model. Brand stimuli on social media (interactivity, personalization, "
        "eWOM and a trusted influencer) change what the consumer feels (synergistic influence, "
        "perceived authenticity, trust in the influencer, digital trust), which drives "
        "responses (brand engagement, purchase intention, loyalty): the "
        "Stimulus-Organism-Response chain. Interactivity and "
        "personalization act together through a synergy junction (a product term), and trust "
        "in the influencer transfers to the brand. As drawn, the brand is fairly interactive "
        "and personalised (0.7) with some eWOM and influencer support (0.6), so trust builds "
        "over the first weeks; drag a stimulus slider to see how far it moves. In class: "
        "start from 'Baseline' (every lever average, nothing moves), then compare "
        "'Interactivity only' with 'Both together' (then set the junction's weight to 0) to "
        "see that the two levers are co-active, not additive, and play 'Personalised campaign' to "
        "watch trust build slowly, fall faster when the campaign stops, and loyalty lag "
        "behind. Weights are standardised effects; each path's note says whether a "
        "published number anchors it or it is illustrative. Time is in weeks."
    ),
    references=[
        src.ZULKIFLI_2026,
        src.MEHRABIAN_RUSSELL_1974,
        src.SULTAN_2021,
        src.STEWART_2003,
        src.KIM_KO_2012,
        src.HSU_HU_2023,
        src.BEYOND_LIKES_2025,
        src.SMM_TO_LOYALTY,
        src.AGUINIS_2005,
        src.YOU_2015,
    ],
)


def _constructs(b: PresetBuilder) -> None:
    b.construct(
        "interactivity",
        "Interactivity",
        "stimulus",
        (0, 0),
        (1, 1),
        "How responsive and two-way the brand is on social media: replies, comments, live "
        "chats, polls. Slide it up for a brand that answers its followers quickly.",
        [src.ZULKIFLI_2026, src.KIM_KO_2012, src.BOZKURT_2021],
        initial=0.7,
    )
    b.construct(
        "personalization",
        "Personalization",
        "stimulus",
        (0, 1),
        (1, 1),
        "How far the brand's content and offers are tailored to the individual consumer's "
        "interests and history. Slide it up for a campaign that feels made for 'me'.",
        [src.ZULKIFLI_2026, src.KIM_KO_2012, src.GABER_2019],
        initial=0.7,
    )
    b.construct(
        "ewom",
        "eWOM",
        "stimulus",
        (0, 2),
        (1, 1),
        "Electronic word of mouth: reviews, shares and recommendations by other consumers "
        "that the person sees about the brand.",
        [src.SMM_GLOSSARY_SEED, src.ANDRADE_OLIVEIRA_2025, src.YOU_2015],
        initial=0.6,
    )
    b.construct(
        "kol_credibility",
        "Influencer credibility (KOL)",
        "stimulus",
        (0, 3),
        (1, 1),
        "How expert and believable the key opinion leader who presents the brand appears. "
        "This is the trusted source whose trust can transfer to the brand.",
        [src.HSU_HU_2023, src.STEWART_2003, src.BRAND_INTERACTION_SEED],
        initial=0.6,
    )
    b.construct(
        "koc_authenticity",
        "Peer authenticity (KOC)",
        "stimulus",
        (0, 4),
        (1, 1),
        "How genuine the key opinion consumers (ordinary users sharing their own experience) "
        "appear. Peers feel closer to the buyer's own situation than celebrities do.",
        [src.BRAND_INTERACTION_SEED],
        initial=0.6,
    )
    b.construct(
        "synergistic_influence",
        "Synergistic influence",
        "organism",
        (1, 0.5),
        (1, 1),
        "The consumer's overall sense that the brand's interactions are both responsive and "
        "relevant to them. It is more than the sum of interactivity and personalization: the "
        "two reinforce each other.",
        [src.ZULKIFLI_2026],
    )
    b.construct(
        "influencer_trust",
        "Trust in the influencer",
        "organism",
        (1, 3.5),
        (2, 2),
        "How much the consumer trusts the people who present the brand (opinion leaders and "
        "peers). It builds within a couple of weeks.",
        [src.HSU_HU_2023, src.STEWART_2003],
    )
    b.construct(
        "perceived_authenticity",
        "Perceived authenticity",
        "organism",
        (2, 0.5),
        (2, 2),
        "Whether the brand's social-media presence feels genuine rather than staged. "
        "Responsive, relevant interaction makes a brand feel authentic.",
        [src.ZULKIFLI_2026],
    )
    b.construct(
        "digital_trust",
        "Digital trust",
        "organism",
        (2, 2),
        (6, 2),
        "The consumer's confidence that the brand is honest and reliable online. Trust builds "
        "slowly (about six weeks to close most of a gap) and falls about three times faster.",
        [src.ZULKIFLI_2026, src.STEWART_2003, src.ALTHUWAINI_2022],
    )
    b.construct(
        "brand_engagement",
        "Brand engagement",
        "response",
        (3, 1),
        (1, 1),
        "How actively the consumer takes part with the brand: liking, commenting, sharing, "
        "joining its community. It reacts within about a week.",
        [src.ZULKIFLI_2026, src.ISLAM_2019, src.BOZKURT_2021],
    )
    b.construct(
        "purchase_intention",
        "Purchase intention",
        "response",
        (3, 3),
        (2, 2),
        "How willing the consumer is to buy from the brand in the near future.",
        [src.KIM_KO_2012, src.BRAND_INTERACTION_SEED],
    )
    b.construct(
        "loyalty",
        "Loyalty",
        "response",
        (4, 2),
        (12, 12),
        "The consumer's commitment to keep choosing and recommending the brand. The slowest "
        "construct: it takes about a quarter of a year to follow a lasting change.",
        [src.ZULKIFLI_2026, src.ALTHUWAINI_2022, src.BEYOND_LIKES_2025],
    )


def _stimulus_paths(b: PresetBuilder) -> None:
    b.path(
        "interactivity",
        "synergistic_influence",
        0.35,
        "A more responsive, two-way brand raises the consumer's sense of synergistic influence.",
        [src.ZULKIFLI_2026, src.BEYOND_LIKES_2025],
        "anchored: interaction → brand loyalty .36 (Beyond Likes and Shares, n=512 SEM; a "
        "low-weight study, used for the size only)",
    )
    b.path(
        "personalization",
        "synergistic_influence",
        0.30,
        "Content tailored to the consumer raises the sense of synergistic influence.",
        [src.ZULKIFLI_2026, src.BEYOND_LIKES_2025],
        "anchored: customization → brand equity .33 (Beyond Likes and Shares, n=512 SEM; a "
        "low-weight study, used for the size only)",
    )
    b.path(
        "kol_credibility",
        "influencer_trust",
        0.33,
        "A credible, expert opinion leader is trusted more.",
        [src.HSU_HU_2023],
        "anchored: streamer source credibility → trust in the live streamer .33 (Hsu & Hu "
        "2023, n=567 SEM)",
    )
    b.path(
        "koc_authenticity",
        "influencer_trust",
        0.30,
        "Peers who share genuine experiences are trusted more.",
        [src.BRAND_INTERACTION_SEED],
        ASSUMED + "; no study reports a number for KOC authenticity",
    )
    b.path(
        "ewom",
        "digital_trust",
        0.20,
        "Positive reviews and recommendations from other consumers make the brand seem more "
        "trustworthy.",
        [src.BRAND_INTERACTION_SEED, src.ANDRADE_OLIVEIRA_2025],
        ASSUMED,
    )
    b.path(
        "ewom",
        "purchase_intention",
        0.20,
        "Seeing other consumers recommend the product makes buying it more likely.",
        [src.BRAND_INTERACTION_SEED, src.YOU_2015, src.BABIC_ROSARIO_2016],
        ASSUMED + "; meta-analyses find eWOM → sales elasticities of .236 (volume) and .417 "
        "(valence) (You et al. 2015), which are not path coefficients",
    )


def _organism_paths(b: PresetBuilder) -> None:
    b.path(
        "influencer_trust",
        "digital_trust",
        0.50,
        "Trust transfer: trust in the people who present the brand carries over to the brand "
        "itself.",
        [src.STEWART_2003, src.HSU_HU_2023, src.ZULKIFLI_2026],
        "illustrative (assumed): transfer links are large in published models (trust in "
        "product → trust in the live streamer .645, Hsu & Hu 2023), but not this one",
        kind="trust-transfer",
    )
    b.path(
        "synergistic_influence",
        "digital_trust",
        0.45,
        "When the brand's interactions feel responsive and relevant, consumers trust it more; "
        "this is the central claim of the Synergistic Influence model.",
        [src.ZULKIFLI_2026, src.SMM_TO_LOYALTY],
        "anchored, weakly: social-media advertising → brand trust .501 (a PLS-SEM study whose "
        "R² of .977 is implausible; a plausibility check only)",
    )
    b.path(
        "synergistic_influence",
        "perceived_authenticity",
        0.40,
        "Responsive and relevant interaction makes the brand feel genuine.",
        [src.ZULKIFLI_2026],
        ASSUMED,
    )
    b.path(
        "perceived_authenticity",
        "digital_trust",
        0.20,
        "A brand that feels genuine is easier to trust.",
        [src.ZULKIFLI_2026],
        ASSUMED,
    )


def _response_paths(b: PresetBuilder) -> None:
    trust_refs = [src.ZULKIFLI_2026, src.MEHRABIAN_RUSSELL_1974]
    b.path(
        "digital_trust",
        "brand_engagement",
        0.40,
        "Consumers who trust the brand engage with it more.",
        trust_refs,
        ASSUMED,
    )
    b.path(
        "synergistic_influence",
        "brand_engagement",
        0.20,
        "Responsive, relevant interaction also invites engagement directly, not only through "
        "trust.",
        [src.ZULKIFLI_2026, src.BOZKURT_2021],
        ASSUMED,
    )
    b.path(
        "digital_trust",
        "purchase_intention",
        0.35,
        "Consumers are more willing to buy from a brand they trust.",
        [src.BRAND_INTERACTION_SEED, *SOR],
        ASSUMED,
    )
    b.path(
        "brand_engagement",
        "purchase_intention",
        0.30,
        "Engaged consumers are more willing to buy.",
        [src.BRAND_INTERACTION_SEED, *SOR],
        ASSUMED,
    )
    b.path(
        "digital_trust",
        "loyalty",
        0.30,
        "Trust keeps consumers with the brand over time.",
        [src.ZULKIFLI_2026, src.ALTHUWAINI_2022],
        ASSUMED + "; loyalty R² is about .6 in published SEM studies",
    )
    b.path(
        "brand_engagement",
        "loyalty",
        0.30,
        "Consumers who take part in the brand's community become more loyal.",
        [src.ZULKIFLI_2026, src.ISLAM_2019],
        ASSUMED + "; loyalty R² is about .6 in published SEM studies",
    )
    b.path(
        "purchase_intention",
        "loyalty",
        0.20,
        "Wanting to buy again is part of becoming loyal.",
        [src.BRAND_INTERACTION_SEED],
        ASSUMED + "; loyalty R² is about .6 in published SEM studies",
    )


def _synergy(b: PresetBuilder) -> None:
    b.junction(
        ["interactivity", "personalization"],
        "synergistic_influence",
        SYNERGY_WEIGHT,
        "Interactivity × Personalization",
        "The co-active effect the paper puts at its centre: it reframes interactivity and "
        "personalization 'as co-active rather than additive factors' (abstract). The product "
        "of the two levers' deviations acts on synergistic influence, so each lever works "
        "through the other: personalization's effect is .30 + .60 × (interactivity − .5), 0 "
        "for a brand that never answers and .60 for one that always does; interactivity's is "
        ".05 to .65 the same way. Weight .60 is illustrative (assumed): no study reports this "
        "product term, and in applied psychology moderator effects are usually small "
        "(Aguinis et al. 2005), so it is a design choice, the largest the monotonicity guard "
        "allows beside the anchored member weights (.60 × .5 ≤ .30): neither lever ever "
        "lowers synergistic influence. Form: the product of deviations from the average "
        "consumer, as a mean-centred moderated regression. What it carries: 27.0 % of "
        "synergistic influence's rise at both levers 0.9 (.096 of .356) and 31.6 % at both 1 "
        "(.150 of .475), against 8.5 % and 10.3 % at the former weight .15. With both levers "
        "at 0 synergistic influence is .325, as with interactivity alone at 0: once one lever "
        "is missing the other cannot make up for it, where an additive model would subtract "
        "both (.175). Set the weight to 0 to see the additive model.",
        [src.ZULKIFLI_2026, src.AGUINIS_2005],
    )


def _scenarios(b: PresetBuilder) -> None:
    b.scenario(
        "Baseline",
        "Every lever at the average level (0.5): nothing moves. The reference line for the "
        "other scenarios.",
    )
    b.scenario(
        "Interactivity only",
        "From week 4 the brand becomes highly interactive (0.9); personalization stays "
        "average. Compare with 'Both together'.",
        schedules={"interactivity": step(0.9, 4)},
    )
    b.scenario(
        "Both together",
        "From week 4 the brand is both highly interactive and highly personalised (0.9 each). "
        "Trust and loyalty end higher than with either lever alone; about a quarter of "
        "synergistic influence's rise is the co-active product term (set the junction's "
        "weight to 0 to see the additive model).",
        schedules=BOTH_HIGH,
    )
    b.scenario(
        "Personalised campaign",
        "A 12-week personalised campaign (weeks 4-16) on top of a fairly interactive brand "
        "(0.7 from week 4). Watch trust build slowly, slip back faster after the campaign, "
        "and loyalty lag behind both.",
        schedules={"interactivity": step(0.7, 4), "personalization": pulse(0.9, 4, 12)},
    )


def build() -> ModelDocument:
    """The default preset as a document."""
    b = PresetBuilder(META, focus=["digital_trust", "brand_engagement", "loyalty"])
    _constructs(b)
    _stimulus_paths(b)
    _synergy(b)
    _organism_paths(b)
    _response_paths(b)
    _scenarios(b)
    return b.finish()
