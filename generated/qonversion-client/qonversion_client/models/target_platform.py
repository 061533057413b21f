from enum import StrEnum


class TargetPlatform(StrEnum):
    ANDROID = "Android"
    IOS = "iOS"
    STRIPE = "Stripe"

    def __str__(self) -> str:
        return str(self.value)
