"""(b) The KOL → KOC chain: awareness, then trust, then purchase, and the word-of-mouth loop."""

from __future__ import annotations

from preset_stories.steps import (
    BRAND_SEED,
    all_but,
    drawn_levels,
    ids_with_role,
    paths_between,
    source,
    stimuli_step,
    summary_step,
)
from synergy_gui.model import ModelDocument
from synergy_gui.model.story import Story, StoryStep

WORD_OF_MOUTH = "word_of_mouth"
KOL_STEP = "KOLs: fast awareness, slower trust"
STATES = ["brand_awareness", "brand_image", "brand_trust", "koc_activity"]


def kol_koc_journey(document: ModelDocument) -> Story:
    """The KOL → KOC chain: awareness, then trust, then purchase, and the word-of-mouth loop."""
    return Story(
        "From awareness to trust to purchase: the KOL → KOC chain",
        [*_chain_reveal(document), *_chain_what_ifs(document), *_chain_ending(document)],
    )


def _chain_reveal(document: ModelDocument) -> list[StoryStep]:
    stimuli = ids_with_role(document, "stimulus")
    buying = ["purchase_intention", "purchase", "satisfaction", "loyalty"]
    return [
        stimuli_step(
            document,
            "The levers a brand pulls",
            "The paper names what moves buyers on social media: key opinion leaders (KOLs: "
            "experts, celebrities, big influencers), key opinion consumers (KOCs: ordinary "
            "users sharing real use), the brand's own content and replies, personalised "
            "recommendation, cost-performance, limited-time offers and group pressure "
            f"{source(BRAND_SEED)}. Each slider is one lever.",
            ["kol_reach", "koc_authenticity", "koc_interactivity"],
        ),
        StoryStep(
            "Awareness, image and trust",
            "A KOL 'quickly increases brand awareness through extensive influence and "
            "professionalism' and draws KOCs in, while a KOC deepens consumers' trust 'through "
            f"authenticity and high interactivity' {source(BRAND_SEED)}. Good content and "
            "replies to complaints build the brand's image. Awareness reacts within a week; "
            "image and trust take many weeks (assumed time constants).",
            shown=[*stimuli, *STATES],
            reveal="hide",
            highlight=paths_between(document, stimuli, STATES),
            levels=drawn_levels(document),
            sliders=[],
            plotted=STATES,
        ),
        StoryStep(
            "From intention to loyalty",
            "Awareness, image, trust and KOCs' recommendations, with personalised "
            "recommendation, value for money, offers and group pressure, shape purchase "
            "intention; part of it becomes purchases, satisfied buyers and, slowly, loyalty. "
            "The paper calls this 'a complete marketing chain from awareness "
            "promotion to trust establishment to purchase transformation' "
            f"{source(BRAND_SEED)}.",
            shown=all_but(document, WORD_OF_MOUTH),
            reveal="hide",
            highlight=paths_between(document, [*stimuli, *STATES, *buying], buying),
            levels=drawn_levels(document),
            sliders=[],
            plotted=buying,
        ),
    ]


def _chain_what_ifs(document: ModelDocument) -> list[StoryStep]:
    without_loop = all_but(document, WORD_OF_MOUTH)
    return [
        StoryStep(
            KOL_STEP,
            "Play a six-week KOL push (weeks 2-8). KOLs 'rapidly expand the brand's exposure "
            "and awareness' and 'can significantly increase brand awareness and trust' "
            f"{source(BRAND_SEED)}: awareness jumps within a week and fades once the push "
            "ends, while trust, which builds over about six weeks, rises less and later, "
            "partly through the KOCs the push draws in. A short push does not build lasting "
            "trust.",
            shown=without_loop,
            reveal="hide",
            highlight=[
                "kol_reach__brand_awareness",
                "kol_reach__brand_trust",
                "kol_reach__koc_activity",
                "koc_activity__brand_trust",
            ],
            scenario="KOL launch",
            plotted=["brand_awareness", "brand_trust", "purchase"],
            play=True,
        ),
        StoryStep(
            "Then KOCs: trust, purchase, loyalty",
            "Now authentic, interactive KOCs follow the KOL push from week 8. Awareness peaks "
            "first, then trust builds, purchases follow, and loyalty rises last and slowest. "
            "KOC sharing 'tends to be more natural and authentic' "
            f"{source(BRAND_SEED)}, so here the peers, not the celebrities, move trust.",
            shown=without_loop,
            reveal="hide",
            highlight=[
                *paths_between(document, ["koc_authenticity", "koc_interactivity"], STATES),
                "brand_trust__purchase_intention",
                "brand_trust__loyalty",
            ],
            scenario="KOL then KOC",
            plotted=["brand_awareness", "brand_trust", "purchase", "loyalty"],
            play=True,
        ),
        StoryStep(
            "Word of mouth closes the loop",
            "Satisfied buyers share their experience, word of mouth 'can directly affect the "
            "purchase decisions of other consumers', and buyers who share become KOCs "
            f"themselves, 'becoming a virtuous cycle' {source(BRAND_SEED)}. This step cuts "
            "the arrows out of word of mouth: trust, purchases and loyalty end lower than in "
            "the last step. The gap is what the loops add, modest here because their weights "
            "are illustrative.",
            shown=all_but(document),
            highlight=[p.id for p in document.paths if WORD_OF_MOUTH in (p.source, p.target)],
            scenario="KOL then KOC, no word of mouth",
            plotted=["brand_trust", "purchase", "loyalty", WORD_OF_MOUTH],
        ),
    ]


def _chain_ending(document: ModelDocument) -> list[StoryStep]:
    return [
        StoryStep(
            "A flash sale",
            "Limited-time offers 'stimulate consumers' desire to buy and promote sales growth' "
            f"{source(BRAND_SEED)}. Play a two-week sale (weeks 10-12): purchase intention and "
            "purchases spike and fall back, while loyalty hardly moves. A sale buys a few "
            "weeks of orders; loyalty comes from the longer chain.",
            highlight=["limited_time_offer__purchase_intention", "purchase_intention__purchase"],
            scenario="Flash sale",
            plotted=["purchase_intention", "purchase", "loyalty"],
            play=True,
        ),
        summary_step(
            document,
            "The whole journey",
            "KOLs make the brand known and draw KOCs in, KOCs make it trusted and desired, "
            "trust with image, value, offers and group pressure turns into purchases, and "
            "satisfied buyers' word of mouth feeds trust, awareness and KOC activity again, "
            f"'becoming a virtuous cycle' {source(BRAND_SEED)}. Try the sliders: which lever "
            "moves loyalty most?",
            [
                "kol_reach__koc_activity",
                "word_of_mouth__koc_activity",
                "koc_activity__word_of_mouth",
                "word_of_mouth__brand_trust",
            ],
        ),
    ]
