from .guides import GuideArticlePage, GuidePage, GuideSectionPage
from .lessons import CurriculumLessonPage
from .library import (
    LibraryFeaturedResource,
    RelatedResource,
    ResourceDocument,
    ResourceLibraryPage,
    ResourcePage,
)
from .orientation import OrientationModulePage, OrientationPage
from .policy import PolicyQAIndexPage, PolicyQASetPage, PolicyQuestion
from .profile import NationalProfilePage
from .taxonomy import Audience, ResourceType, Topic
from .tools import CurriculumModule, CurriculumPage, ToolkitPage

__all__ = [
    "Audience",
    "CurriculumLessonPage",
    "CurriculumModule",
    "CurriculumPage",
    "GuideArticlePage",
    "GuidePage",
    "GuideSectionPage",
    "LibraryFeaturedResource",
    "NationalProfilePage",
    "OrientationModulePage",
    "OrientationPage",
    "PolicyQAIndexPage",
    "PolicyQASetPage",
    "PolicyQuestion",
    "RelatedResource",
    "ResourceDocument",
    "ResourceLibraryPage",
    "ResourcePage",
    "ResourceType",
    "Topic",
    "ToolkitPage",
]
