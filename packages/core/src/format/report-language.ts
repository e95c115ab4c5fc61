/** The two languages a report is written in: Chinese (the bureau's) and English. */
export type ReportLanguage = 'zh' | 'en';
