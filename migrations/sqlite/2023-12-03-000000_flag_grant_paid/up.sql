-- A grant is never recovered more than it was paid: its paid account must not go below zero.
UPDATE accounts SET must_not_overdraw = TRUE WHERE kind = 'grant_paid';
