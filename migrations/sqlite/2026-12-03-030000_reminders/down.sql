DROP TABLE reminder_preferences;
DROP TABLE reminders_sent;
