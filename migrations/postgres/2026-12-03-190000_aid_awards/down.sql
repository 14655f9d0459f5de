DROP TABLE aid_awards;
