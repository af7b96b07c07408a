@title Licensing Sub-Committee minutes 12 August 2008
@font Times-Roman
@fontsize 11
@numcol 12
@footer Licensing Sub-Committee – 12 August 2008||{page}
C <b>PENNOCK HEATH DISTRICT COUNCIL</b>
S 6
P Minutes of a meeting of the Licensing Sub-Committee of the Pennock Heath District Council held in the Council Chamber, Weir House, Pennock on Tuesday 12 August 2008 at 10.00am.
P <b>Present:</b> Councillors Mrs W Chaffey, D Hann and G Penwarden.
P <b>Officers present:</b> Mr K Dorey (Licensing Officer), Miss A Loosemore (Solicitor) and Mrs T Rowse (Committee Officer).
P <b>Also present:</b> Mr R Varcoe (applicant) and Ms L Fenwick (solicitor for the applicant); Mrs J Stapley and Mr H Quantick (residents, interested parties); Sergeant P Whiddon (Police, responsible authority) for minute 17; two members of the public.
S 4
R 14. | <b>ELECTION OF CHAIRMAN</b><br/>RESOLVED that Councillor Mrs W Chaffey be elected Chairman for the meeting.
R 15. | <b>APOLOGIES</b><br/>There were none.
R 16. | <b>DECLARATIONS OF INTEREST</b><br/>No declarations were made.
R 17. | <b>LICENSING ACT 2003 – APPLICATION FOR A PREMISES LICENCE – THE OLD TANNERY, 3 MILL STREET, PENNOCK</b>
P The Chairman introduced the members and officers and explained the procedure that would be followed at the hearing.
P Mr K Dorey presented his report. The application was for the sale of alcohol for consumption on and off the premises from 11.00am to 11.30pm daily, recorded music until 11.00pm and late night refreshment until midnight on Fridays and Saturdays. Two relevant representations had been received from local residents, and the Police had agreed additional conditions with the applicant before the hearing.
P Ms L Fenwick, for the applicant, said that The Old Tannery would be a restaurant with a small bar, that her client had run licensed premises in the district for twelve years without complaint, and that the applicant was willing to close the rear courtyard at 9.00pm.
P Mrs J Stapley said that she lived opposite the courtyard and was worried about noise from customers smoking outside late at night. Mr H Quantick said that delivery lorries already blocked Mill Street early in the morning.
P Sergeant P Whiddon confirmed that the Police were satisfied with the agreed conditions, which included CCTV and a refusals log.
P Councillor D Hann asked how many covers the restaurant would have and where smokers would go once the courtyard was closed. Mr R Varcoe replied that there would be 46 covers and that smokers would use the front terrace, which faced the car park.
P The Sub-Committee retired at 11.20am to consider the application, with the Solicitor and Committee Officer present to advise on law and procedure only, and reconvened at 11.55am.
P RESOLVED that the premises licence be granted as applied for, subject to the conditions in the operating schedule, the conditions agreed with the Police and the following additional conditions:-
P (a) the rear courtyard shall not be used by customers after 9.00pm;
P (b) deliveries to the premises shall not take place before 8.00am.
P <b>Reasons:</b> the Sub-Committee had regard to the four licensing objectives, the Council’s Statement of Licensing Policy and the guidance issued under Section 182 of the Act. It considered that the additional conditions were appropriate to prevent public nuisance to the residents of Mill Street and that refusal would not be proportionate.
R 18. | <b>LICENSING ACT 2003 – APPLICATION TO VARY A PREMISES LICENCE – THE FERRY INN, QUAYSIDE, PENNOCK</b><br/>Mr K Dorey reported that the application had been withdrawn by the applicant by e-mail on 11 August 2008. No decision was therefore required.
R 19. | <b>EXCLUSION OF THE PUBLIC</b><br/>RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 1 of Part 1 of Schedule 12A to the Act.
R 20. | <b>REVIEW OF A HACKNEY CARRIAGE DRIVER’S LICENCE – DRIVER “A”</b><br/>Mr K Dorey presented the exempt report concerning a driver who had failed to declare a motoring conviction. The driver attended and answered members’ questions.<br/>RESOLVED that the driver’s licence be suspended for four weeks and that the driver be required to complete the district’s safeguarding course before it is returned.
S 10
P The meeting ended at 12.40pm.
S 14
P Chairman ……………………………………
