@title Minutes of the Meeting of the Directors of Kinbrannoch Development Trust
@font Helvetica
@fontsize 11
@footer {page}
HC Minutes of the Meeting of the Directors of Kinbrannoch Development Trust
C 3rd February 2015, 6.30pm at Drumcairn Arms, Kinbrannoch
P <b>Present:</b> Moira Lindsay, Gordon Ruthven, Shona Petrie, Euan Falconer, Ishbel Carnegie,
P <b>1. Apologies:</b> Iain Strachan, Lorna Bell, Davie Moncur
P <b>2. Minutes from the previous meeting</b>
P Gordon proposed and Shona seconded.
P <b>3. Action points from December meeting</b>
P Moira is waiting to hear back from the council's community grants team about the hall kitchen.
P Gordon/Iain is to invite the local MSP to a meeting about the community right to buy.
P <b>4. Matters arising</b>
P <b>a/ Membership form</b>
P Moira tabled a draft membership form. Directors agreed that the annual fee should stay at £5 for adults and that under-18s should join free.
P Action: Moira to print 100 copies for the February coffee morning
P <b>b/ AGM (9th June).</b>
P Discussion was had about how far ahead the accounts and the notice of the AGM must be sent out. Action: Shona to check the articles as secretary. Ishbel suggested asking someone to speak on the history of the mill before the business, to encourage people to come. Action: All directors to think of a speaker.
P <b>c/ Plant sale</b>
P Euan updated the group: the date is set for Saturday 16th May, the posters are with the printer and eight stalls have already been offered. He asked for volunteers to help set up from 8am.
P <b>d/ Community orchard</b>
P Shona had circulated information on the orchard project at Auchterlinn. She asked whether the Trust could plant a small orchard on the old bowling green; all directors agreed to ask the council for permission.
P <b>5. Town Centre Regeneration, next steps</b>
P <b>a/ Charrette report</b>
P Moira reported that 96 people attended the first evening of the charrette and 41 the second, a good turnout for a town of this size. The consultants are preparing a draft report, which will be shared with the Trust before it is published. The results of the survey on the square were also collected at these events.
P <b>b/ Old Post Office building</b>
P The building has now been empty for two years. Gordon proposed that the Trust write to the owners to register its interest in a lease or purchase, seconded by Euan. All agreed.
P Action: Gordon to draft the letter
P <b>6. Treasurer's report</b>
P Euan presented the accounts to 31st January: general fund £2,418.60, plant sale float £50. The report was noted.
P <b>7. Funding applications</b>
P Ishbel explained that the Meikle Corrie Wind Farm Community Fund opens for applications on 1st March. Directors agreed to apply for £4,000 towards the orchard and tools.
P Action: Ishbel and Shona to prepare the application
P <b>8. AOCB</b>
P Ishbel asked whether the Trust's insurance covered volunteers working on council land. Euan will check with the broker.
P <b>9. Date of next meeting</b>
P Tuesday 3rd March 2015, 6.30pm, Drumcairn Arms.
