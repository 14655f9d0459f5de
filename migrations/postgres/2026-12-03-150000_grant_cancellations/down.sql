DROP TABLE grant_cancellations;
