"""callbacks: a case's promise to call the patient, and each attempt

Two tables. `callbacks.open_for_case_id` is UNIQUE and holds the case id only while the callback
is open, so "at most one open callback per case" holds on SQLite and PostgreSQL alike without
partial indexes. `reminder_at` is indexed for the worker's claim; `(status, next_action_due_at)`
for the work lists.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import careloop.db

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('callbacks',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('clinic_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('case_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('open_for_case_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('patient_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=24), nullable=False),
    sa.Column('received_at', careloop.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('patient_name', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('preference', sa.String(length=200), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('assignee_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('attempts_made', sa.Integer(), nullable=False),
    sa.Column('contact_count', sa.Integer(), nullable=False),
    sa.Column('first_attempt_at', careloop.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_attempt_at', careloop.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('next_action', sa.String(length=32), nullable=True),
    sa.Column('next_action_due_at', careloop.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('reminder_at', careloop.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('handed_to_clinical_at', careloop.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('final_status', sa.String(length=32), nullable=True),
    sa.Column('closed_at', careloop.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', careloop.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', careloop.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['staff.id'], name=op.f('fk_callbacks_assignee_id_staff'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_callbacks_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['clinic_id'], ['clinics.id'], name=op.f('fk_callbacks_clinic_id_clinics'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['open_for_case_id'], ['cases.id'], name=op.f('fk_callbacks_open_for_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['patient_id'], ['patients.id'], name=op.f('fk_callbacks_patient_id_patients'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_callbacks')),
    sa.UniqueConstraint('open_for_case_id', name=op.f('uq_callbacks_open_for_case_id'))
    )
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callbacks_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_callbacks_clinic_received', ['clinic_id', 'received_at'], unique=False)
        batch_op.create_index('ix_callbacks_patient_status', ['patient_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_callbacks_reminder_at'), ['reminder_at'], unique=False)
        batch_op.create_index('ix_callbacks_status_due', ['status', 'next_action_due_at'], unique=False)
    op.create_table('callback_attempts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('clinic_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('callback_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('attempted_at', careloop.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('actor', sa.String(length=48), nullable=False),
    sa.Column('number_dialled', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('message_left', sa.Boolean(), nullable=False),
    sa.Column('message_text', sa.Text(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=True),
    sa.Column('created_at', careloop.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['callback_id'], ['callbacks.id'], name=op.f('fk_callback_attempts_callback_id_callbacks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['clinic_id'], ['clinics.id'], name=op.f('fk_callback_attempts_clinic_id_clinics'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_callback_attempts_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_callback_attempts')),
    sa.UniqueConstraint('callback_id', 'number', name=op.f('uq_callback_attempts_callback_id_number'))
    )
    with op.batch_alter_table('callback_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callback_attempts_clinic_id'), ['clinic_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('callback_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_callback_attempts_clinic_id'))

    op.drop_table('callback_attempts')
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.drop_index('ix_callbacks_status_due')
        batch_op.drop_index(batch_op.f('ix_callbacks_reminder_at'))
        batch_op.drop_index('ix_callbacks_patient_status')
        batch_op.drop_index('ix_callbacks_clinic_received')
        batch_op.drop_index(batch_op.f('ix_callbacks_case_id'))

    op.drop_table('callbacks')
