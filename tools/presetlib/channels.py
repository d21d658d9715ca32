"""The presets' media channels for the budget layer: illustrative, not estimated.

No study behind these presets reports spend, carry-over or saturation; every number here is
made up to be plausible and is labelled so. Each channel's current plan is set so that, once
its carry-over has built up, it holds its stimulus near the level the preset draws it at
(zero spend: 0.3; half the lift at the half-saturation spend).
"""

from __future__ import annotations

from synergy_gui.model.channels import Channel, SpendPlan

ILLUSTRATIVE = "Illustrative, not estimated: no study behind this preset reports spend figures."


def _channel(identifier: str, name: str, drives: dict[str, float], what: str, **values) -> Channel:
    description = f"{what} {ILLUSTRATIVE} " + _numbers(values, list(drives.values()))
    return Channel(identifier, name, drives, description=description.strip(), **values)


def _numbers(values: dict, shares: list[float]) -> str:
    """Carry-over and the weekly spend on the channel that buys half the lift: each stimulus
    gets its share, so with two equal shares it is twice the half-saturation."""
    if len(set(shares)) != 1:
        raise ValueError("a preset channel splits its spend equally (the text quotes one figure)")
    theta, half = values.get("adstock", 0.0), values["half_saturation"]
    each = f" ({half:,.0f} on each stimulus)" if len(shares) > 1 else ""
    return (
        f"Carry-over θ = {theta:g} ({_half_life(theta)}); half the lift at "
        f"{half / shares[0]:,.0f} a week{each}."
    )


def _half_life(theta: float) -> str:
    if theta <= 0:
        return "no carry-over: an effect lasts its week"
    weeks = 0
    remaining = 1.0
    while remaining > 0.5:
        remaining *= theta
        weeks += 1
    return "an effect halves in about " + f"{weeks} week" + ("s" if weeks > 1 else "")


SYNERGISTIC_INFLUENCE = [
    _channel(
        "community", "Community management", {"interactivity": 1.0},
        "Replies, live sessions and polls: spend buys interactivity.",
        adstock=0.3, half_saturation=2000.0, plan=SpendPlan("constant", 4000.0),
    ),
    _channel(
        "personalised_ads", "Personalised ads", {"personalization": 1.0},
        "Targeted, tailored ads: spend buys personalization, slowly at first (an S-curve).",
        adstock=0.2, half_saturation=3000.0, shape=1.5, plan=SpendPlan("constant", 4800.0),
    ),
    _channel(
        "influencers", "Influencer programme", {"kol_credibility": 0.5, "koc_authenticity": 0.5},
        "Paid KOL posts and seeded KOC reviews in four-week flights, half the money each.",
        adstock=0.5, half_saturation=1500.0,
        plan=SpendPlan("flighted", 6000.0, on=4, off=4),
    ),
    _channel(
        "reviews", "Reviews and UGC seeding", {"ewom": 1.0},
        "Sampling and review requests: spend buys eWOM, which lingers.",
        adstock=0.6, half_saturation=1000.0, plan=SpendPlan("constant", 1000.0),
    ),
]  # fmt: skip

KOL_KOC_JOURNEY = [
    _channel(
        "kol_sponsorship", "KOL sponsorships", {"kol_reach": 1.0},
        "Sponsored posts by key opinion leaders: spend buys reach.",
        adstock=0.3, half_saturation=5000.0, saturation_level=0.95,
        plan=SpendPlan("constant", 8000.0),
    ),
    _channel(
        "koc_seeding", "KOC seeding programme",
        {"koc_authenticity": 0.5, "koc_interactivity": 0.5},
        "Products and small fees for key opinion consumers: half the money buys authentic "
        "reviews, half their interaction with followers.",
        adstock=0.6, half_saturation=1200.0, plan=SpendPlan("constant", 3400.0),
    ),
    _channel(
        "brand_social", "Brand social team", {"brand_responsiveness": 1.0},
        "Content and replies from the brand's own team.",
        adstock=0.4, half_saturation=2000.0, zero_level=0.35, saturation_level=0.85,
        plan=SpendPlan("constant", 2000.0),
    ),
    _channel(
        "recommendations", "Recommendation engine", {"personalised_recommendation": 1.0},
        "Data and tooling for personalised recommendations: little until it works (an S-curve).",
        adstock=0.1, half_saturation=2500.0, shape=2.0, plan=SpendPlan("constant", 2500.0),
    ),
    _channel(
        "flash_sales", "Flash promotions", {"limited_time_offer": 1.0},
        "Limited-time offers one week in four; no carry-over.",
        half_saturation=4000.0, plan=SpendPlan("flighted", 8000.0, on=1, off=3),
    ),
]  # fmt: skip

CHANNELS = {
    "synergistic_influence.synergy.json": SYNERGISTIC_INFLUENCE,
    "kol_koc_journey.synergy.json": KOL_KOC_JOURNEY,
}


def channels_for(file_name: str) -> list[Channel]:
    """The channels of the preset written to ``file_name`` (none for the others)."""
    return list(CHANNELS.get(file_name, []))
