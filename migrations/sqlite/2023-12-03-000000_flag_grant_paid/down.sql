UPDATE accounts SET must_not_overdraw = FALSE WHERE kind = 'grant_paid';
