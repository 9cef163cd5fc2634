package org.contactexport.delivery.schedule;

/** How often a schedule runs. */
enum FrequencyType { HOURLY, DAILY, WEEKLY, MONTHLY, CRON }
