"""The teaching story of each shipped preset: its source document's argument, step by step.

One function per preset takes the built document (for its ids and the levels as drawn) and
returns a :class:`Story`. Every story reveals the model in the S-O-R order (stimuli, then the
organism, then the responses), then shows the preset's key mechanism and a what-if, and ends
on the whole model. Captions quote or closely paraphrase the seed documents and name them;
where a step shows the model's numbers, the caption says they are illustrative.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from synergy_gui.model import ModelDocument
from synergy_gui.model.story import Story, StoryStep

SYNERGY_SEED = "Synergistic Influence in Social Media Marketing"
BRAND_SEED = "Brand interaction on social media platforms and consumer purchase decisions"
INTEGRATION_SEED = "Social Media Integration Model"
TRUST_SEED = "How Organizations Use Social Media to Create Trust, Influence and Engagement"
AVERAGE = 0.5  # the average consumer: a lever at this level moves nothing
HIGH = 0.9  # a lever pushed high in a what-if step


def source(title: str) -> str:
    return f"(source: {title})"


# --------------------------------------------------------------------------- id helpers
def ids_with_role(document: ModelDocument, *roles: str) -> list[str]:
    """The constructs of these roles, in the document's order."""
    return [c.id for c in document.constructs if c.role in roles]


def all_but(document: ModelDocument, *left_out: str) -> list[str]:
    return [c.id for c in document.constructs if c.id not in left_out]


def paths_between(document: ModelDocument, sources: Iterable[str], targets: Iterable[str]):
    """The ids of the paths from any of ``sources`` into any of ``targets``."""
    sources, targets = set(sources), set(targets)
    return [p.id for p in document.paths if p.source in sources and p.target in targets]


def drawn_levels(document: ModelDocument) -> dict[str, float]:
    """Every stimulus at its level as the preset is drawn (the sliders when it opens)."""
    return {c.id: float(c.initial) for c in document.constructs_with_role("stimulus")}


def levels_with(document: ModelDocument, **raised: float) -> dict[str, float]:
    """Every stimulus average except ``raised``: only the levers a step names move."""
    levels = dict.fromkeys(ids_with_role(document, "stimulus"), AVERAGE)
    levels.update(raised)
    return levels


def stimuli_step(document: ModelDocument, title: str, caption: str, plotted: list[str]):
    """Step 1 of every story: only the stimuli, every slider as drawn."""
    return StoryStep(
        title,
        caption,
        shown=ids_with_role(document, "stimulus"),
        reveal="hide",
        levels=drawn_levels(document),
        plotted=plotted,
    )


def summary_step(document: ModelDocument, title: str, caption: str, highlight: list[str]):
    """The last step of every story: the whole model as drawn, every slider offered."""
    return StoryStep(
        title,
        caption,
        shown=None,
        highlight=highlight,
        levels=drawn_levels(document),
        plotted=list(document.settings.focus),
    )


# ------------------------------------------------------------------ (a) the default model
def synergistic_influence(document: ModelDocument) -> Story:
    """S-O-R, co-active synergy against additive effects, trust transfer (seed 000)."""
    return Story(
        "Synergistic influence: why two levers together build more trust",
        [*_synergy_reveal(document), *_synergy_mechanisms(document), *_synergy_ending(document)],
    )


def _synergy_reveal(document: ModelDocument) -> list[StoryStep]:
    stimuli = ids_with_role(document, "stimulus")
    organism = ids_with_role(document, "organism")
    responses = ids_with_role(document, "response")
    return [
        stimuli_step(
            document,
            "What the consumer sees",
            "The Stimulus-Organism-Response (S-O-R) paradigm the paper builds on starts with "
            f"what the consumer meets on social media {source(SYNERGY_SEED)}. Here that is how "
            "interactive and how personalised the brand is, other consumers' eWOM, and how "
            "credible its opinion leaders and peers are: the stimuli, the levers a brand "
            "controls. Each slider holds one for the whole run.",
            ["interactivity", "personalization"],
        ),
        StoryStep(
            "What happens inside the consumer",
            "The stimuli change inner states of the consumer, the organism: a sense of "
            "synergistic influence, perceived authenticity, trust in the influencer and, at "
            "the centre, digital trust. The convergence of interactivity and personalization "
            f"'evokes perceived authenticity and digital trust' {source(SYNERGY_SEED)}. Trust "
            "moves slowly, so its line takes weeks to settle.",
            shown=[*stimuli, *organism],
            reveal="hide",
            highlight=paths_between(document, stimuli, organism),
            levels=drawn_levels(document),
            sliders=[],
            plotted=organism,
        ),
        StoryStep(
            "What the consumer does",
            "The inner states drive the responses: brand engagement, purchase intention and "
            "loyalty. In the paper's framework trust 'subsequently drives brand engagement and "
            f"loyalty' {source(SYNERGY_SEED)}. Loyalty is the slowest line: in this model it "
            "takes about a quarter of a year to follow a lasting change (an assumed time "
            "constant).",
            shown=all_but(document),
            highlight=paths_between(document, organism + responses, responses),
            levels=drawn_levels(document),
            sliders=[],
            plotted=["digital_trust", *responses],
        ),
    ]


def _synergy_mechanisms(document: ModelDocument) -> list[StoryStep]:
    levers = ["interactivity", "personalization"]
    synergy = {
        "shown": [*levers, "synergistic_influence", "digital_trust"],
        "highlight": [
            *paths_between(document, levers, ["synergistic_influence"]),
            "x_interactivity_personalization",
        ],
        "sliders": levers,
        "plotted": ["synergistic_influence", "digital_trust"],
        "play": True,
    }
    sources = ["kol_credibility", "koc_authenticity"]
    return [
        StoryStep(
            "One lever high",
            "Every other lever is now average and only interactivity is high (0.9): a brand "
            "that answers quickly but talks to everyone alike. Studies have mostly examined "
            f"interactivity and personalization as distinct constructs {source(SYNERGY_SEED)}. "
            "Watch synergistic influence and digital trust rise by interactivity's own share, "
            "and note where they end.",
            levels=levels_with(document, interactivity=HIGH),
            **synergy,
        ),
        StoryStep(
            "Both levers high: co-active, not additive",
            "Now personalization is high as well. The paper reframes the two as 'co-active "
            "rather than additive': together they form a more powerful stimulus "
            f"{source(SYNERGY_SEED)}. The × junction multiplies the two levers, so together "
            "they lift synergistic influence and trust more than the sum of each alone. The "
            "junction's weight (.15) is illustrative: no study has measured it, so the extra "
            "is kept small.",
            levels=levels_with(document, interactivity=HIGH, personalization=HIGH),
            **synergy,
        ),
        StoryStep(
            "Trust transfer",
            "The paper draws on trust transfer theory (Stewart 2003): trust in a source the "
            f"consumer already trusts carries over to what it presents {source(SYNERGY_SEED)}. "
            "Credible opinion leaders and genuine peers raise trust in the influencer, and the "
            "trust-transfer arrow carries it on to digital trust in the brand. KOL credibility "
            "→ trust (.33) is anchored on Hsu & Hu (2023); the transfer weight is illustrative.",
            shown=[*sources, "influencer_trust", "digital_trust"],
            highlight=[
                *paths_between(document, sources, ["influencer_trust"]),
                "influencer_trust__digital_trust",
            ],
            levels=levels_with(document, kol_credibility=HIGH, koc_authenticity=HIGH),
            plotted=["influencer_trust", "digital_trust"],
            play=True,
        ),
    ]


def _synergy_ending(document: ModelDocument) -> list[StoryStep]:
    return [
        StoryStep(
            "A campaign: trust builds slowly, loyalty lags",
            "Play a 12-week personalised campaign (weeks 4-16) on a fairly interactive brand. "
            "Synergistic influence jumps at once; digital trust builds over weeks and slips "
            "back when the campaign stops; loyalty peaks later still. The speeds are this "
            "model's assumptions, in line with the paper's aim of 'long-term trust' "
            f"{source(SYNERGY_SEED)}.",
            highlight=["digital_trust__loyalty"],
            scenario="Personalised campaign",
            plotted=["synergistic_influence", "digital_trust", "loyalty"],
            play=True,
        ),
        summary_step(
            document,
            "The whole argument",
            "Stimuli shape inner states and inner states drive responses (S-O-R); "
            "interactivity and personalization work together through the × junction; trust in "
            "influencers transfers to the brand; trust drives engagement and loyalty. The "
            "paper's advice: 'design integrated experiences combining responsiveness and "
            f"personalization' {source(SYNERGY_SEED)}. Try the sliders.",
            ["x_interactivity_personalization", "influencer_trust__digital_trust"],
        ),
    ]


# ------------------------------------------------------------------ (b) KOL & KOC journey
WORD_OF_MOUTH = "word_of_mouth"
STATES = ["brand_awareness", "brand_image", "brand_trust"]


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
            "users sharing real use), the brand's own content and replies, cost-performance, "
            f"limited-time offers and group pressure {source(BRAND_SEED)}. Each slider is one "
            "lever.",
            ["kol_reach", "koc_authenticity", "koc_interactivity"],
        ),
        StoryStep(
            "Awareness, image and trust",
            "A KOL 'quickly increases brand awareness through extensive influence and "
            "professionalism', while a KOC deepens consumers' trust 'through authenticity and "
            f"high interactivity' {source(BRAND_SEED)}. Good content and replies to complaints "
            "build the brand's image. Awareness reacts within a week; image and trust take "
            "many weeks (assumed time constants).",
            shown=[*stimuli, *STATES],
            reveal="hide",
            highlight=paths_between(document, stimuli, STATES),
            levels=drawn_levels(document),
            sliders=[],
            plotted=STATES,
        ),
        StoryStep(
            "From intention to loyalty",
            "Awareness, image and trust, with value for money, offers and group pressure, "
            "shape purchase intention; part of it becomes purchases, satisfied buyers and, "
            "slowly, loyalty. The paper calls this 'a complete marketing chain from awareness "
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
            "KOLs: fast awareness, little trust",
            "Play a six-week KOL push (weeks 2-8). KOLs 'rapidly expand the brand's exposure "
            f"and awareness' {source(BRAND_SEED)}: awareness jumps within a week and fades "
            "once the push ends, while trust and purchases barely move. Reach alone does not "
            "build trust.",
            shown=without_loop,
            reveal="hide",
            highlight=["kol_reach__brand_awareness", "kol_reach__brand_trust"],
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
            "Satisfied buyers share their experience, and word of mouth 'can directly affect "
            f"the purchase decisions of other consumers' {source(BRAND_SEED)}. Its arrows close "
            "a reinforcing loop. This step cuts them: trust, purchases and loyalty end lower "
            "than in the last step. The gap is what the loop adds, modest here because its "
            "weights are illustrative.",
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
            "KOLs make the brand known, KOCs make it trusted, trust with image, value, offers "
            "and group pressure turns into purchases, and satisfied buyers' word of mouth "
            "feeds trust and awareness again, 'becoming a virtuous cycle' "
            f"{source(BRAND_SEED)}. Try the sliders: which lever moves loyalty most?",
            ["word_of_mouth__brand_trust", "word_of_mouth__brand_awareness"],
        ),
    ]


# ------------------------------------------------------- (c) social-media integration model
VIRAL_LOOP = ["exposure__feedback", "feedback__engagement", "engagement__sharing"]
SHARING_BACK = "sharing__exposure"


def social_media_integration(document: ModelDocument) -> Story:
    """Exposure → feedback → engagement → sharing → exposure: the viral loop (seed 002)."""
    return Story(
        "The viral loop: exposure, feedback, engagement, sharing",
        [*_viral_reveal(document), *_viral_what_ifs(document), *_viral_ending(document)],
    )


def _viral_reveal(document: ModelDocument) -> list[StoryStep]:
    stimuli = ids_with_role(document, "stimulus")
    first = ["exposure", "feedback"]
    return [
        stimuli_step(
            document,
            "Four kinds of platform",
            "The model starts from four kinds of platform: blogs whose content search engines "
            "rank, social bookmarking sites, social networks, and recommendation and review "
            "sites. Each slider is how well the brand uses one of them. Communication here is "
            f"no longer a 'one-way street' {source(INTEGRATION_SEED)}.",
            stimuli,
        ),
        StoryStep(
            "Exposure and feedback",
            "Content first creates exposure: people see it. Exposure invites feedback, and "
            "review sites turn the conversation 'into a valuable feedback experience' "
            f"{source(INTEGRATION_SEED)}. These are the states the platforms change first.",
            shown=[*stimuli, *first],
            reveal="hide",
            highlight=paths_between(document, [*stimuli, "exposure"], first),
            levels=drawn_levels(document),
            sliders=[],
            plotted=first,
        ),
        StoryStep(
            "Engagement and sharing",
            "Feedback draws people into engagement (connecting), the 'two-way street' of "
            "social networks; connected people pass content on to their own networks "
            "(exchange, or sharing). Engagement keeps the conversation going too: 'a "
            f"long-lasting feedback communication process' {source(INTEGRATION_SEED)}.",
            shown=all_but(document),
            highlight=[
                *paths_between(document, [*stimuli, "feedback"], ["engagement", "sharing"]),
                *paths_between(document, ["engagement"], ["feedback", "sharing"]),
            ],
            levels=drawn_levels(document),
            sliders=[],
            plotted=["engagement", "sharing"],
        ),
    ]


def _viral_what_ifs(document: ModelDocument) -> list[StoryStep]:
    reach = ["exposure", "engagement", "sharing"]
    return [
        StoryStep(
            "Posting only",
            "Play a brand that from week 4 only posts more and better content. Exposure "
            "rises, but engagement and sharing follow only a little: the post contrasts the "
            "old 'I communicate – you receive' mantra with an interactive process "
            f"{source(INTEGRATION_SEED)}.",
            highlight=["content_posting__exposure"],
            scenario="Posting only",
            plotted=reach,
            play=True,
        ),
        StoryStep(
            "All four platforms",
            "Now the brand uses all four kinds of platform well from week 4. Exposure, "
            "engagement and sharing all end far higher than with posting alone; the post "
            "advises to 'consider all the elements when developing Social Media strategies' "
            f"{source(INTEGRATION_SEED)}.",
            highlight=paths_between(document, ids_with_role(document, "stimulus"), reach),
            scenario="All four platforms",
            plotted=reach,
            play=True,
        ),
        StoryStep(
            "The viral loop",
            "Follow the highlighted arrows: exposure leads to feedback, feedback to "
            "engagement, engagement to sharing, and sharing back to exposure. Content is "
            "'shared and spread virally through the connections', people linked to people "
            f"{source(INTEGRATION_SEED)}. Each pass adds less than the last (loop gain below "
            "1), so reach settles instead of exploding.",
            shown=ids_with_role(document, "organism", "response"),
            highlight=[*VIRAL_LOOP, SHARING_BACK],
            scenario="All four platforms",
            plotted=["exposure", "feedback", "engagement", "sharing"],
        ),
    ]


def _viral_ending(document: ModelDocument) -> list[StoryStep]:
    return [
        StoryStep(
            "Cut the loop",
            "This scenario cuts the arrow from sharing back to exposure, all else as before. "
            "Exposure now ends lower: the gap to the last step is the reach the viral loop "
            "itself created. The loop's weights are illustrative: the post describes the flow, "
            f"not its strength {source(INTEGRATION_SEED)}.",
            highlight=[SHARING_BACK],
            scenario="No sharing back",
            plotted=["exposure", "sharing"],
        ),
        summary_step(
            document,
            "The whole model",
            "Four kinds of platform feed one process of exposure, feedback, engagement and "
            "sharing, 'giving feedback, engaging and sharing information all at once' "
            f"{source(INTEGRATION_SEED)}. Sharing brings new exposure, so the loop multiplies "
            "every platform's effect. Try the sliders: which platform lifts sharing most?",
            [*VIRAL_LOOP, SHARING_BACK],
        ),
    ]


# ------------------------------------------------- (d) trust, influence and engagement
def trust_influence_engagement(document: ModelDocument) -> Story:
    """Trust first, then influence, then engagement (seed 003, Lipschultz 2018, Singhal 2016)."""
    return Story(
        "Trust first, then influence, then engagement",
        [*_relationship_reveal(document), *_relationship_what_ifs(document)],
    )


def _relationship_reveal(document: ModelDocument) -> list[StoryStep]:
    stimuli = ids_with_role(document, "stimulus")
    inner = ["trust", "influence"]
    responses = ids_with_role(document, "response")
    return [
        stimuli_step(
            document,
            "What the organization does",
            "Organizations build a relationship with consumers much as people do. What they "
            "control: direct channels where customers can speak and be answered, honest "
            "information, the fight against misinformation and fake accounts, and the choice "
            f"of relevant influencers {source(TRUST_SEED)}.",
            stimuli,
        ),
        StoryStep(
            "Trust and influence",
            "'Developing trust is paramount to the success of any relationship', and 'media "
            "users value trustworthy information' (Lipschultz 2018). Misinformation works "
            "against trust: the dashed arrow is negative. Influence comes from influencers "
            f"who fit the audience {source(TRUST_SEED)}.",
            shown=[*stimuli, *inner],
            reveal="hide",
            highlight=paths_between(document, [*stimuli, "trust"], inner),
            levels=drawn_levels(document),
            sliders=[],
            plotted=inner,
        ),
        StoryStep(
            "Engagement and patronage",
            "'Once trust and influence has been accomplished', engagement follows: 'the "
            "collective experiences that readers or viewers have with a media brand'. "
            "Consumers are 'much more likely to connect with, and ultimately patronize an "
            f"organization that they believe they can trust' {source(TRUST_SEED)}.",
            shown=all_but(document),
            highlight=paths_between(document, [*stimuli, *inner, *responses], responses),
            levels=drawn_levels(document),
            sliders=[],
            plotted=responses,
        ),
    ]


def _relationship_what_ifs(document: ModelDocument) -> list[StoryStep]:
    outcomes = ["trust", "engagement", "patronage"]
    return [
        StoryStep(
            "Earning trust takes time",
            "From week 4 the organization answers customers directly and shares honest "
            "information. 'Can you build trust with someone you aren't able to communicate "
            "with?' Trust builds over weeks, then engagement and patronage follow; engaging "
            f"customers also builds trust back, a reinforcing loop {source(TRUST_SEED)}.",
            highlight=[
                "direct_channels__trust",
                "honest_information__trust",
                "trust__engagement",
                "engagement__trust",
            ],
            scenario="Honest and responsive",
            plotted=outcomes,
            play=True,
        ),
        StoryStep(
            "A misinformation incident",
            "Misinformation and fake accounts can end in 'damage to organizational brand' "
            f"{source(TRUST_SEED)}. Play a four-week wave of it (weeks 20-24) on the honest, "
            "responsive organization: trust drops fast and recovers much more slowly, because "
            "in this model trust falls three times faster than it builds (an assumption).",
            highlight=["misinformation__trust"],
            scenario="Misinformation incident",
            plotted=outcomes,
            play=True,
        ),
        StoryStep(
            "Influence is not trust",
            "'Organizations need to be mindful of who they select as influencers' "
            f"{source(TRUST_SEED)}. From week 4 well-chosen influencers work for the brand and "
            "nothing else changes: influence rises quickly, engagement a little, trust hardly "
            "at all. Influence does not replace trust.",
            highlight=["influencer_relevance__influence", "influence__engagement"],
            scenario="Relevant influencer",
            plotted=["trust", "influence", "engagement"],
            play=True,
        ),
        summary_step(
            document,
            "The whole relationship",
            "Honest information and direct channels earn trust, relevant influencers add "
            "influence, both lead to engagement, and trust and engagement lead people to "
            "patronize the organization. 'Like any important relationship, incorporating a "
            f"social media strategy takes time' {source(TRUST_SEED)}. Try the sliders: what "
            "does misinformation cost?",
            ["trust__engagement", "engagement__trust"],
        ),
    ]


#: The story of each preset, by the preset's file name.
STORIES: dict[str, Callable[[ModelDocument], Story]] = {
    "synergistic_influence.synergy.json": synergistic_influence,
    "kol_koc_journey.synergy.json": kol_koc_journey,
    "social_media_integration.synergy.json": social_media_integration,
    "trust_influence_engagement.synergy.json": trust_influence_engagement,
}
