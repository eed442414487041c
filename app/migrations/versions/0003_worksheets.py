"""Worksheets: one per participant, the four stages of the workshop; participants can be
withdrawn from the list with their worksheet kept.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db_types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "worksheet",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("workshop_id", sa.Uuid(), nullable=False),
        sa.Column("experiences", sa.JSON(), nullable=False),
        sa.Column("strengths", sa.JSON(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("expectations", sa.String(), nullable=False),
        sa.Column("partner_noticed", sa.String(), nullable=False),
        sa.Column("identity", sa.String(), nullable=False),
        sa.Column("target_state", sa.String(), nullable=False),
        sa.Column("horizon", sa.String(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("tentative", sa.Boolean(), nullable=False),
        sa.Column("step_what", sa.String(), nullable=False),
        sa.Column("step_by", sa.Date(), nullable=True),
        sa.Column("step_supporter", sa.String(), nullable=False),
        sa.Column("checkin_date", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_worksheet_participant_id", "worksheet", ["participant_id"], unique=True)
    op.create_index("ix_worksheet_workshop_id", "worksheet", ["workshop_id"])
    with op.batch_alter_table("participant") as batch:
        batch.add_column(
            sa.Column("withdrawn", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("withdrawn")
    op.drop_table("worksheet")
