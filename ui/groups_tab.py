"""The main window's Groups tab: its panel, built when the tab is first opened, and the rounds
on screen kept with the workshop. A mixin of :class:`ui.main_window.MainWindow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.errors import StoreError
from ui.i18n import user_error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QWidget

    from app.store import Store
    from ui.groups_panel import GroupsPanel

    _Window = QWidget  # checked as the window it is mixed into
else:
    _Window = object  # a plain mixin at run time


class GroupsTab(_Window):
    """The Groups tab's panel and its saved rounds."""

    # What the window holds and does, which the tab uses.
    store: Store | None
    _detail: Any
    _groups_page: QWidget
    _groups_panel: GroupsPanel | None
    statusBar: Callable[[], QStatusBar]
    show_groups: Callable[[tuple[Any, ...]], None]
    print_groups: Callable[[], None]

    @property
    def groups(self) -> GroupsPanel:
        """The Groups tab, built on first use."""
        if self._groups_panel is None:
            from ui.groups_panel import GroupsPanel  # built when first opened: load it then

            panel = GroupsPanel()
            panel.show_on_projector.connect(self.show_groups)
            panel.print_requested.connect(self.print_groups)
            layout = self._groups_page.layout()
            assert layout is not None
            layout.addWidget(panel)
            panel.show()
            panel.changed.connect(lambda: self._save_groups(panel))
            self._load_groups(panel, getattr(self, "_detail", None))
            self._groups_panel = panel
        return self._groups_panel

    def _load_groups(self, panel: GroupsPanel, detail: Any) -> None:
        """Give the panel the people, then the saved rounds if they still fit them."""
        self._groups_loading = True
        try:
            panel.set_people(detail.participants if detail else [])
            restored = False
            if detail is not None and self.store is not None:
                from app.group_rounds import load_rounds

                restored = panel.restore(load_rounds(self.store, detail.workshop.id))
        finally:
            self._groups_loading = False
        if not restored:
            self._save_groups(panel)

    def _save_groups(self, panel: GroupsPanel) -> None:
        """Keep the rounds on screen with the workshop (archives and summaries report them)."""
        detail = getattr(self, "_detail", None)
        if getattr(self, "_groups_loading", False) or detail is None or self.store is None:
            return
        from app.group_rounds import save_rounds

        rounds = [r for r in panel.report.rounds if r.groups]
        try:
            save_rounds(self.store, detail.workshop.id, rounds)
        except StoreError as error:
            self.statusBar().showMessage(user_error_text(error)[0])
