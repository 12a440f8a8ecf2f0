"""A level (1 to 4) per dimension from the answers, and what the weak dimensions mean for a request."""

from guichet.diagnosis.questions import DIMENSIONS, LEVELS, QUESTION_BY_KEY, QUESTIONS, WEAK_LEVELS

MAX_POINTS = 3  # of one answer


def points(question_key: str, answer_key: str) -> int:
    """The points of an answer; KeyError for an unknown question or answer."""
    return {key: value for key, _label, value in QUESTION_BY_KEY[question_key].answers}[answer_key]


def levels(answers: dict) -> dict[str, int]:
    """Each dimension's level from its share of the points: under 1/4 level 1, under 1/2 level 2,
    under 3/4 level 3, above level 4. Every question must be answered."""
    result = {}
    for dimension in DIMENSIONS:
        questions = [q for q in QUESTIONS if q.dimension == dimension.key]
        scored = sum(points(q.key, answers[q.key]) for q in questions)
        result[dimension.key] = min(len(LEVELS), 1 + len(LEVELS) * scored // (MAX_POINTS * len(questions)))
    return result


def weak_dimensions(levels_by_dimension: dict) -> list[str]:
    """The dimensions a plan is suggested for, in the order of the questions."""
    return [d.key for d in DIMENSIONS if levels_by_dimension.get(d.key) in WEAK_LEVELS]


def needs(levels_by_dimension: dict) -> list[str]:
    """The guichet needs a request starts with: those of the weak dimensions."""
    by_key = {dimension.key: dimension for dimension in DIMENSIONS}
    return [by_key[key].need for key in weak_dimensions(levels_by_dimension)]
