"""(d) Trust, influence and engagement: Lipschultz (2018) and Singhal (2016) via the blog seed."""

from __future__ import annotations

from presetlib import sources as src
from presetlib.build import PresetBuilder, pulse, step
from synergy_gui.model import Meta, ModelDocument

FILE_NAME = "trust_influence_engagement.synergy.json"

SEED = src.TRUST_INFLUENCE_SEED
LIPSCHULTZ = [src.LIPSCHULTZ_2018, SEED]
SINGHAL = [src.SINGHAL_2016, SEED]
ASSUMED = "illustrative (assumed): the sources argue the direction, they give no size"

META = Meta(
    title="Trust, influence and engagement",
    description=(
        "How organizations use social media to build a relationship with consumers in three "
        "steps: trust (honest information and direct channels where customers can speak, "
        "undermined by misinformation and fake accounts), influence (relevant influencers "
        "and thought leadership) and engagement (shared experiences and values), which in "
        "turn makes people patronize the organization. Engaging customers also builds "
        "trust, a reinforcing loop. Satisfaction is modelled as an outcome of engagement "
        "only: the post quotes Lipschultz (2018) that engagement 'has been connected through "
        "research to satisfaction and media use' and credits relationship building via social "
        "media with 'bolstering the customer service satisfaction' (Zappos); it gives no "
        "other cause or effect of satisfaction, so none is drawn. In class: start from "
        "'Honest and responsive', then run "
        "'Misinformation incident' to see trust drop fast and recover slowly, and 'Relevant "
        "influencer' to separate influence from trust. The dashed path is negative. All "
        "weights are illustrative; the sources are a textbook and an article quoted in a blog "
        "post, without coefficients. Time is in weeks."
    ),
    references=[src.LIPSCHULTZ_2018, src.SINGHAL_2016, SEED, src.MEHRABIAN_RUSSELL_1974],
)


def _constructs(b: PresetBuilder) -> None:
    b.construct(
        "direct_channels",
        "Direct channels & responsiveness",
        "stimulus",
        (0, 0),
        (1, 1),
        "Channels where customers can tell the organization directly about their experiences "
        "and expectations, good or bad, and get an answer.",
        SINGHAL,
        initial=0.7,
    )
    b.construct(
        "honest_information",
        "Honest information",
        "stimulus",
        (0, 1),
        (1, 1),
        "Truthful, trustworthy information about products and services.",
        LIPSCHULTZ,
        initial=0.7,
    )
    b.construct(
        "misinformation",
        "Misinformation & fake accounts",
        "stimulus",
        (0, 2),
        (1, 1),
        "False or misleading posts, fake accounts and hacked pages around the brand. Raising "
        "this slider hurts trust.",
        LIPSCHULTZ,
        initial=0.4,
    )
    b.construct(
        "influencer_relevance",
        "Influencer relevance",
        "stimulus",
        (0, 3),
        (1, 1),
        "How well the chosen influencers fit the brand and its audience (a health brand "
        "should not be promoted by a fast-food chief executive).",
        LIPSCHULTZ,
        initial=0.65,
    )
    b.construct(
        "trust",
        "Trust",
        "organism",
        (1, 0.5),
        (6, 2),
        "Consumers' belief that the organization is honest and reliable; the base of the "
        "relationship. It builds slowly and falls about three times faster.",
        [src.LIPSCHULTZ_2018, src.SINGHAL_2016, SEED],
    )
    b.construct(
        "influence",
        "Influence",
        "organism",
        (1, 2.5),
        (2, 2),
        "How far the organization and its influencers shape what consumers think and do: "
        "being seen as a thought leader or idea starter.",
        LIPSCHULTZ,
    )
    b.construct(
        "engagement",
        "Engagement",
        "response",
        (2, 1.5),
        (2, 2),
        "The collective experiences consumers have with the brand, grounded in shared "
        "beliefs, experiences and values.",
        [src.LIPSCHULTZ_2018, src.SINGHAL_2016, SEED],
    )
    b.construct(
        "satisfaction",
        "Satisfaction",
        "response",
        (3, 2.5),
        (4, 4),
        "How pleased customers are with the organization and its service. Engagement 'has "
        "been connected through research to satisfaction and media use' (Lipschultz 2018, p. "
        "25).",
        LIPSCHULTZ,
    )
    b.construct(
        "patronage",
        "Patronage",
        "response",
        (3, 1.5),
        (4, 4),
        "Consumers choosing to do business with the organization.",
        [SEED],
    )


def _paths(b: PresetBuilder) -> None:
    b.path(
        "direct_channels",
        "trust",
        0.35,
        "Being able to reach the organization directly builds trust: you cannot trust "
        "someone you cannot talk to.",
        SINGHAL,
        ASSUMED,
    )
    b.path(
        "direct_channels",
        "engagement",
        0.25,
        "Direct channels let customers take part, so they engage more.",
        SINGHAL,
        ASSUMED,
    )
    b.path(
        "honest_information",
        "trust",
        0.35,
        "Media users value trustworthy information; honesty builds trust.",
        LIPSCHULTZ,
        ASSUMED,
    )
    b.path(
        "misinformation",
        "trust",
        -0.35,
        "Misinformation and fake accounts damage trust in the organization (a negative "
        "effect, drawn dashed).",
        LIPSCHULTZ,
        ASSUMED,
    )
    b.path(
        "influencer_relevance",
        "influence",
        0.45,
        "Influencers who fit the audience make the organization's voice count.",
        LIPSCHULTZ,
        ASSUMED,
    )
    b.path(
        "trust",
        "influence",
        0.30,
        "People are swayed more by an organization they trust.",
        LIPSCHULTZ,
        ASSUMED,
    )
    b.path(
        "trust",
        "engagement",
        0.40,
        "Once trust is earned, consumers are ready to engage.",
        [src.LIPSCHULTZ_2018, src.SINGHAL_2016, SEED],
        ASSUMED,
    )
    b.path(
        "influence",
        "engagement",
        0.30,
        "Influence, after trust, is the second step towards engagement.",
        LIPSCHULTZ,
        ASSUMED,
    )
    b.path(
        "engagement",
        "trust",
        0.25,
        "Engaging customers in turn builds trust: a reinforcing loop.",
        SINGHAL,
        ASSUMED,
    )
    b.path(
        "trust",
        "patronage",
        0.35,
        "Consumers are much more likely to buy from an organization they trust.",
        [SEED],
        ASSUMED,
    )
    b.path(
        "engagement",
        "patronage",
        0.30,
        "Engaged consumers keep doing business with the organization.",
        [src.LIPSCHULTZ_2018, SEED],
        ASSUMED,
    )


def _satisfaction(b: PresetBuilder) -> None:
    b.path(
        "engagement",
        "satisfaction",
        0.35,
        "Engaged customers, in a relationship built through social media, are more satisfied.",
        LIPSCHULTZ,
        ASSUMED + ". Lipschultz (2018, p. 25), quoted in the post: engagement 'has been "
        "connected through research to satisfaction and media use', a link without a "
        "direction; the direction engagement → satisfaction follows the post's Zappos "
        "example, 'bolstering the customer service satisfaction through relationship building "
        "via social media'",
    )


def _scenarios(b: PresetBuilder) -> None:
    good = {"direct_channels": step(0.8, 4), "honest_information": step(0.8, 4)}
    b.scenario("Baseline", "Every driver at the average level (0.5): nothing moves.")
    b.scenario(
        "Honest and responsive",
        "From week 4 the organization answers customers directly and shares honest "
        "information (0.8 each). Trust builds over weeks, then engagement and patronage.",
        schedules=good,
    )
    b.scenario(
        "Misinformation incident",
        "As 'Honest and responsive', with a four-week wave of misinformation and fake "
        "accounts (weeks 20-24). Trust drops fast and takes much longer to recover.",
        schedules={**good, "misinformation": pulse(0.95, 20, 4)},
    )
    b.scenario(
        "Relevant influencer",
        "From week 4 the organization works with well-chosen influencers (0.9) and changes "
        "nothing else. Influence rises quickly; trust only a little, through engagement.",
        schedules={"influencer_relevance": step(0.9, 4)},
    )


def build() -> ModelDocument:
    """The trust, influence and engagement preset as a document."""
    b = PresetBuilder(META, focus=["trust", "influence", "engagement"])
    _constructs(b)
    _paths(b)
    _satisfaction(b)
    _scenarios(b)
    return b.finish()
