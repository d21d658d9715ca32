"""(b) KOL & KOC purchase journey, from the brand-interaction seed paper."""

from __future__ import annotations

from presetlib import sources as src
from presetlib.build import PresetBuilder, pulse, step
from synergy_gui.model import Meta, ModelDocument

FILE_NAME = "kol_koc_journey.synergy.json"

SEED = src.BRAND_INTERACTION_SEED
ASSUMED = "illustrative (assumed): the seed paper gives the direction, no study here the size"

META = Meta(
    title="KOL & KOC purchase journey",
    description=(
        "The marketing chain of the brand-interaction paper: key opinion leaders (KOLs) raise "
        "brand awareness fast through their reach and add some brand trust; key opinion "
        "consumers (KOCs) deepen brand trust and the desire to buy through authenticity and "
        "interaction; personalised recommendation, brand image, cost-performance, limited-time "
        "offers and group pressure shape purchase intention; purchase leads to satisfaction "
        "and brand loyalty; and satisfied buyers' word of mouth feeds back into brand trust, "
        "brand awareness and other consumers' purchase intentions. KOC activity closes the "
        "virtuous cycle: KOLs draw KOCs in, and word of mouth turns buyers into KOCs who share "
        "again. These reinforcing loops settle because their gains are below 1. In class: "
        "play 'KOL launch' (brand awareness jumps and fades, brand trust rises less and more "
        "slowly), then 'KOL then KOC' (the full chain from awareness to trust to purchase), "
        "then the same without word of mouth to show what the loops add; 'Flash sale' shows a "
        "short purchase spike that leaves brand loyalty almost untouched. All weights are "
        "illustrative standardised effects (the seed is a literature analysis without "
        "coefficients), except where a path's note names a verified number. Time is in weeks."
    ),
    references=[SEED, src.MEHRABIAN_RUSSELL_1974, src.STEWART_2003],
)


def _stimuli(b: PresetBuilder) -> None:
    b.construct(
        "kol_reach",
        "KOL reach",
        "stimulus",
        (0, 3),
        (1, 1),
        "How widely key opinion leaders (experts, celebrities, big influencers) spread the "
        "brand's message to their many followers.",
        [SEED, src.SMM_GLOSSARY_SEED],
        initial=0.7,
    )
    b.construct(
        "koc_authenticity",
        "KOC authenticity",
        "stimulus",
        (0, 1),
        (1, 1),
        "How natural and genuine the posts of key opinion consumers feel: ordinary users "
        "sharing real use of the product.",
        [SEED],
        initial=0.65,
    )
    b.construct(
        "koc_interactivity",
        "KOC interactivity",
        "stimulus",
        (0, 2),
        (1, 1),
        "How much key opinion consumers talk with their audience: answering questions, "
        "comments, live demonstrations.",
        [SEED],
        initial=0.65,
    )
    b.construct(
        "brand_responsiveness",
        "Brand content & responsiveness",
        "stimulus",
        (0, 0),
        (1, 1),
        "High-quality brand posts and prompt, positive replies to feedback and complaints.",
        [SEED],
        initial=0.6,
    )
    b.construct(
        "cost_performance",
        "Cost-performance",
        "stimulus",
        (0, 7.25),
        (1, 1),
        "How good the product is for its price, as consumers learn it from reviews and "
        "comparisons.",
        [SEED],
        initial=0.6,
    )
    b.construct(
        "limited_time_offer",
        "Limited-time offers",
        "stimulus",
        (0, 4.25),
        (1, 1),
        "Promotions and flash sales that end soon. Use a short pulse for a sale.",
        [SEED],
    )
    b.construct(
        "personalised_recommendation",
        "Personalised recommendation",
        "stimulus",
        (0, 6.25),
        (1, 1),
        "How well the platform's personalised recommendations and precision marketing put the "
        "product before the consumers it suits, from data on their interests, behaviour and "
        "habits (§4.3).",
        [SEED, src.SMM_GLOSSARY_SEED],
        initial=0.6,
    )
    b.construct(
        "group_pressure",
        "Group pressure",
        "stimulus",
        (0, 5.25),
        (1, 1),
        "The pull of friends, family and the crowd: many people following and praising a "
        "product makes others follow suit.",
        [SEED],
        initial=0.55,
    )


def _states(b: PresetBuilder) -> None:
    b.construct(
        "brand_awareness",
        "Brand awareness",
        "organism",
        (1.45, 2.5),
        (1, 6),
        "How well consumers know the brand. It rises within a week of wide exposure and fades "
        "slowly (about six weeks) once exposure stops.",
        [SEED],
    )
    b.construct(
        "brand_trust",
        "Brand trust",
        "organism",
        (1.45, 1.25),
        (6, 2),
        "Consumers' confidence that the brand and its product are as promised. It builds "
        "slowly (about six weeks) and falls about three times faster.",
        [SEED, src.STEWART_2003],
    )
    b.construct(
        "brand_image",
        "Brand image",
        "organism",
        (1.45, 0),
        (8, 8),
        "The reputation and picture of the brand in consumers' minds; it changes slowly.",
        [SEED],
    )
    b.construct(
        "koc_activity",
        "KOC activity",
        "organism",
        (1.45, 3.75),
        (2, 2),
        "How many key opinion consumers are sharing and recommending the brand. It is not a "
        "lever the brand sets: KOLs draw KOCs in, and buyers' word of mouth turns some of them "
        "into KOCs, the paper's 'virtuous cycle' (§5.4). The brand's own KOC levers are the "
        "authenticity and interactivity of their posts.",
        [SEED],
    )
    b.construct(
        "purchase_intention",
        "Purchase intention",
        "response",
        (2.6, 4.25),
        (2, 2),
        "How willing consumers are to buy the product soon.",
        [SEED, src.MEHRABIAN_RUSSELL_1974],
    )
    b.construct(
        "purchase",
        "Purchase",
        "response",
        (3.65, 4.25),
        (1, 1),
        "Actual buying: intention turned into orders, relative to the average.",
        [SEED],
    )
    b.construct(
        "satisfaction",
        "Satisfaction",
        "response",
        (4.7, 4.25),
        (2, 2),
        "How pleased buyers are after using the product.",
        [SEED],
    )
    b.construct(
        "loyalty",
        "Loyalty",
        "response",
        (5.75, 4.25),
        (12, 12),
        "Buyers' commitment to buy again and stay with the brand; the slowest construct.",
        [SEED],
    )
    b.construct(
        "word_of_mouth",
        "Word of mouth",
        "response",
        (4.2, 1.25),
        (2, 2),
        "Buyers sharing their experience and recommendations on social media, which other "
        "consumers find highly credible.",
        [SEED, src.SMM_GLOSSARY_SEED],
    )


def _funnel_paths(b: PresetBuilder) -> None:
    b.path(
        "kol_reach",
        "brand_awareness",
        0.50,
        "Opinion leaders' wide reach makes the brand known quickly.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "kol_reach",
        "brand_image",
        0.25,
        "Opinion leaders' creative content lifts the brand's image.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "kol_reach",
        "brand_trust",
        0.20,
        "Opinion leaders raise trust as well as awareness, though less than peers do.",
        [SEED, src.HSU_HU_2023],
        ASSUMED + ". Reading taken: §5.4 says 'KOL recommendations and sharing can "
        "significantly increase brand awareness and trust', so KOLs do raise trust (.20, was "
        ".10); the abstract credits KOCs with deepening trust 'through authenticity and high "
        "interactivity' and §5.4 calls KOC influence 'more precise and in-depth', so KOLs' "
        "direct share stays below the KOCs' (.30 + .25 + .15). KOLs also reach trust "
        "indirectly by drawing KOCs in. Of the size of .33 × .5 ≈ .17 (credibility → trust in "
        "the streamer .33, Hsu & Hu 2023, times an assumed transfer to the brand), a "
        "plausibility check only",
    )
    b.path(
        "koc_authenticity",
        "brand_trust",
        0.30,
        "Genuine posts by ordinary users deepen trust in the brand.",
        [SEED, src.STEWART_2003],
        ASSUMED + "; no study reports a number for KOC authenticity",
    )
    b.path(
        "koc_interactivity",
        "brand_trust",
        0.25,
        "Peers who answer and talk with their audience build trust.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "brand_responsiveness",
        "brand_image",
        0.35,
        "Good content and positive replies to complaints build the brand's image.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "brand_responsiveness",
        "brand_trust",
        0.15,
        "Answering feedback and handling complaints also builds trust.",
        [SEED],
        ASSUMED,
    )


def _purchase_paths(b: PresetBuilder) -> None:
    drivers = [
        ("brand_awareness", 0.20, "Consumers consider brands they know."),
        ("brand_trust", 0.40, "Consumers are more willing to buy from a brand they trust."),
        ("brand_image", 0.20, "A good image and reputation make buying more attractive."),
        ("cost_performance", 0.25, "Good value for money is a core reason to buy."),
        ("limited_time_offer", 0.20, "Offers that end soon prompt consumers to buy now."),
        ("group_pressure", 0.15, "Seeing many others buy and praise a product pulls people in."),
    ]
    for source, weight, text in drivers:
        b.path(source, "purchase_intention", weight, text, [SEED], ASSUMED)
    b.path(
        "purchase_intention",
        "purchase",
        0.70,
        "Part of the intention to buy turns into actual purchases.",
        [SEED, src.MEHRABIAN_RUSSELL_1974],
        ASSUMED,
    )
    b.path(
        "purchase",
        "satisfaction",
        0.60,
        "More buyers means more people who can be satisfied by the product.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "cost_performance",
        "satisfaction",
        0.30,
        "Buyers who got good value for money are more satisfied.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "satisfaction",
        "loyalty",
        0.45,
        "Satisfied buyers come back.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "brand_trust",
        "loyalty",
        0.30,
        "Trust binds buyers to the brand over time.",
        [SEED],
        ASSUMED,
    )


def _word_of_mouth_loop(b: PresetBuilder) -> None:
    b.path(
        "satisfaction",
        "word_of_mouth",
        0.60,
        "Satisfied buyers share their experience and recommend the product.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "loyalty",
        "word_of_mouth",
        0.20,
        "Loyal customers become brand advocates.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "word_of_mouth",
        "brand_trust",
        0.40,
        "The feedback loop: other buyers' experiences are credible and build trust.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "word_of_mouth",
        "brand_awareness",
        0.30,
        "The feedback loop: shared experiences spread the brand's name further.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "word_of_mouth",
        "purchase_intention",
        0.25,
        "The feedback loop: recommendations directly sway other consumers' decisions.",
        [SEED, src.BABIC_ROSARIO_2016],
        ASSUMED + "; eWOM and sales correlate at .091 across 96 studies (Babic Rosario et al. "
        "2016), a realism check that keeps this weight modest",
    )


def _virtuous_cycle(b: PresetBuilder) -> None:
    """KOC activity: fed by KOL reach and word of mouth, feeding trust, intention and WOM."""
    b.path(
        "kol_reach",
        "koc_activity",
        0.35,
        "Opinion leaders draw key opinion consumers to the brand.",
        [SEED],
        ASSUMED + ": §5.4, 'KOLs can interact positively with brands, thereby leading more "
        "KOC's to come in and understand the brand, becoming a virtuous cycle'",
    )
    b.path(
        "word_of_mouth",
        "koc_activity",
        0.30,
        "Buyers who share their experience become key opinion consumers themselves: the "
        "virtuous cycle.",
        [SEED],
        ASSUMED + ": §4.2, consumers 'sharing their purchasing experience and evaluation' "
        "form 'purchase suggestions for other consumers'; §9, brands 'convert customers into "
        "brand advocates'. Stimuli take no incoming paths, so the cycle runs through KOC "
        "activity, an organism, while the brand keeps its KOC levers",
    )
    b.path(
        "koc_activity",
        "brand_trust",
        0.15,
        "More peers sharing real use deepens trust in the brand.",
        [SEED],
        ASSUMED + ": abstract, 'KOC deepens consumers' trust and desire to buy brands through "
        "authenticity and high interactivity'",
    )
    b.path(
        "koc_activity",
        "purchase_intention",
        0.20,
        "Peers' recommendations are close to buyers' own needs, so they stir the desire to "
        "buy directly.",
        [SEED],
        ASSUMED + ": §5.4, 'KOC's recommendation and sharing are closer to the actual needs "
        "and use scenarios of consumers, so it is easier to stimulate the purchase desire of "
        "potential customers'; abstract, KOC deepens 'desire to buy'",
    )
    b.path(
        "koc_activity",
        "word_of_mouth",
        0.25,
        "Active peers spread word of mouth about the brand.",
        [SEED],
        ASSUMED + ": §5.4, 'KOC's participation can enhance the interactive and word-of-mouth "
        "effect of the brand'",
    )


def _personalised_recommendation(b: PresetBuilder) -> None:
    b.path(
        "personalised_recommendation",
        "purchase_intention",
        0.20,
        "Recommendations that fit the consumer stir the desire to buy.",
        [SEED],
        ASSUMED + ": §4.3, 'through personalized recommendations and precision marketing, "
        "brands can more effectively attract consumers' attention and stimulate their desire "
        "to buy'; §6.1",
    )
    b.path(
        "personalised_recommendation",
        "loyalty",
        0.15,
        "Recommendations that keep fitting make consumers depend on the brand.",
        [SEED],
        ASSUMED + ": §6.2, 'personalized recommendations and precision marketing on social "
        "media platforms can also enhance consumers' dependence and loyalty to brands'",
    )


def _scenarios(b: PresetBuilder) -> None:
    kol = {"kol_reach": pulse(0.9, 2, 6)}
    koc = {"koc_authenticity": step(0.8, 8), "koc_interactivity": step(0.8, 8)}
    loop = (
        "word_of_mouth__brand_trust",
        "word_of_mouth__brand_awareness",
        "word_of_mouth__koc_activity",
    )
    b.scenario("Baseline", "Every lever at the average level (0.5): nothing moves.")
    b.scenario(
        "KOL launch",
        "Opinion leaders push the brand for six weeks (weeks 2-8). Awareness jumps within a "
        "week and then fades; trust rises less and more slowly (it builds over about six "
        "weeks), partly through the KOCs the push draws in, and slips back after it.",
        schedules=kol,
    )
    b.scenario(
        "KOL then KOC",
        "The complete chain: a KOL push in weeks 2-8, then authentic, interactive KOCs from "
        "week 8 on. Awareness first, then trust, purchase and, slowly, loyalty.",
        schedules={**kol, **koc},
    )
    b.scenario(
        "KOL then KOC, no word of mouth",
        "As 'KOL then KOC', but buyers' word of mouth no longer reaches other consumers or "
        "turns buyers into KOCs. The gap to 'KOL then KOC' is what the feedback loops add.",
        schedules={**kol, **koc},
        weight_overrides={**dict.fromkeys(loop, 0.0), "word_of_mouth__purchase_intention": 0.0},
    )
    b.scenario(
        "KOL then KOC, strong word of mouth",
        "As 'KOL then KOC', for a product buyers love to show off: satisfied buyers talk much "
        "more and others listen more. The loop gain stays below 1, so levels still settle, "
        "but higher.",
        schedules={**kol, **koc},
        weight_overrides={
            "satisfaction__word_of_mouth": 0.9,
            **dict.fromkeys(loop, 0.6),
            "word_of_mouth__purchase_intention": 0.5,
        },
    )
    b.scenario(
        "Flash sale",
        "A two-week limited-time offer (weeks 10-12). Purchases spike and fall back; loyalty "
        "hardly changes.",
        schedules={"limited_time_offer": pulse(0.9, 10, 2)},
    )


def build() -> ModelDocument:
    """The KOL & KOC preset as a document."""
    # A tighter grid than the other presets: seventeen constructs still fit a projected window.
    b = PresetBuilder(
        META,
        focus=["brand_awareness", "brand_trust", "purchase", "loyalty"],
        spacing=(200.0, 100.0),
    )
    _stimuli(b)
    _states(b)
    _funnel_paths(b)
    _purchase_paths(b)
    _word_of_mouth_loop(b)
    _virtuous_cycle(b)
    _personalised_recommendation(b)
    _scenarios(b)
    return b.finish()
