@title DPP 14.09.2005
@font Helvetica
@fontsize 10.2
@numcol 12
@header DPP 14.09.2005||
@footer {page}
@pageoffset 70
HC CARNMOYLE DISTRICT POLICING PARTNERSHIP
P Minutes of the Meeting of the District Policing Partnership held in Drumlessan Community Centre, Drumlessan on Wednesday, 14th September 2005 at 7.00 pm
G <b>PRESENT:</b> | Councillor R J Hanna (Chairman)
G  | Mr P McAteer (Vice-Chairman)
G  | Councillor W Agnew
G  | Mrs L Beggs
G  | Councillor T Corry
G  | Ms N Devlin
G  | Councillor A Gilmore
G  | Mr J Kerr
G  | Councillor M McConville
G  | Mrs E Nesbitt
G  | Councillor S Patton
G  | Mr D Quinn
G  | Councillor H Wylie
S 6
G <b>IN ATTENDANCE:</b> | Director of Corporate Services
G  | DPP Manager
G  | Committee Secretary
S 6
G <b>Police Service of Northern Ireland</b> | Chief Superintendent M Harbinson
G <b>Carnmoyle District Command Unit</b> | Chief Inspector G Lyttle
G  | Inspector R Moorhead
G  | Sergeant C Boyd
S 8
R 1 | <b>Introduction by Chairman</b>
R  | The Chairman, Councillor R J Hanna, welcomed those present to the Meeting, in particular the members of the public seated in the public gallery, and outlined the purpose of a meeting of the Partnership in public. He also reminded those present that questions relating to individual cases under investigation could not be answered.
R 2 | <b>Apologies</b>
R  | It was agreed to accept apologies for non-attendance at the Meeting from Councillor B Hewitt and Mr F Mallon.
R 3 | <b>Declarations of Interest</b>
R  | There were no declarations of interest.
R 4 | <b>Minutes</b>
R  | It was proposed by Councillor W Agnew, seconded by Mrs L Beggs and agreed that the minutes of the Public Meeting of the Partnership held on 13th July 2005 be confirmed and signed.
R 5 | <b>District Commander’s Report</b>
R  | Chief Superintendent M Harbinson presented his report for the period June to August 2005. He highlighted a reduction of 9% in domestic burglary, the success of the summer diversionary scheme for young people and a rise in criminal damage to vehicles in the town centre.
R  | In response to a question from Councillor A Gilmore regarding police response times in the rural area, Chief Inspector G Lyttle advised that the target time was being met in 87% of emergency calls and that a second rural patrol would be introduced from October.
R  | Mr J Kerr asked about the number of officers on foot patrol in the town centre at weekends. The District Commander stated that this would increase over the Christmas period.
R  | The report was noted.
R 6 | <b>Questions Received from the Public</b>
R  | At this point the Chairman, Councillor R J Hanna, left the Meeting to attend a Council function and the Vice-Chairman, Mr P McAteer, took the Chair. The Vice-Chairman advised that three questions had been received in writing in advance of the Meeting.
R 6.1 | Mr Sean Dorrian, Drumlessan, asked what action was being taken about anti-social behaviour at the Mill Road shops. Inspector R Moorhead replied that additional patrols had been deployed on Friday and Saturday evenings and that the Partnership’s community safety officer was working with the shop owners on lighting.
R 6.2 | A resident of the Greenhill estate had asked, in writing, whether speed ramps could be installed on Greenhill Avenue. Chief Inspector G Lyttle stated that this was a matter for Roads Service but that police would carry out speed checks.
R 6.3 | Mrs Ann Lowry asked how members of the public could report drug dealing anonymously. Sergeant C Boyd outlined the Crimestoppers service and the local drugs hotline.
R 7 | <b>Presentation – Carnmoyle Neighbourhood Watch</b>
R  | Mr Alan Greer, Co-ordinator of the Carnmoyle Neighbourhood Watch Association, gave a presentation on the growth of the scheme, which now covered 64 streets. Ms N Devlin asked how new schemes were started; Mr Greer explained that a minimum of ten households was needed.
R 8 | <b>Local Policing Plan 2006-07 – Consultation</b>
R  | It was proposed by Councillor S Patton, seconded by Mrs E Nesbitt and agreed that the consultation questionnaire on the Local Policing Plan be distributed through community groups, libraries and the Council’s offices.
R 9 | <b>Any Other Business</b>
R  | Mr D Quinn raised concerns about the lack of street lighting on the path between Drumlessan and the Leisure Centre and asked that the matter be referred to the Council’s Environmental Services Committee.
R 10 | <b>Date of Next Meeting</b>
R  | The next meeting of the Partnership in public will be held on Wednesday, 9th November 2005 at 7.00 pm in Carnmoyle Civic Centre.
S 8
P There being no further business, the Meeting closed at 9.20 pm.
