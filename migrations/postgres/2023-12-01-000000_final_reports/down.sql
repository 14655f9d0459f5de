DROP TABLE grant_settlements;
DROP TABLE final_report_verdicts;
DROP TABLE final_reports;
