@title AGM Minutes 2019
@font Helvetica
@fontsize 10.5
@footer Larkspur Creek Waterworks District||AGM Minutes 2019
H Minutes of 2019 Annual General Meeting
P Wednesday April 10, 2019 at 7:00 pm
P Legion Hall, Larkspur Creek BC
P 1. Present:
P a. Members: D Arsenault, K Bjornson, P Cathcart, M Doucette, R Ferrier, J Ivanko
P b. Trustees: L Gaudet, T Lindqvist, W McTavish, S Okafor, H Ruel
P c. Also: Secretary Treasurer Marnie Sobczak
P 2. Call to order at 7:05 pm by Sobczak.
P 3. Report on the condition of the Improvement District's works: Summary presented by Secretary Treasurer. Intake screen replaced in September 2018; reservoir liner inspected and found sound. Boil water notice of November 2018 lifted after eleven days.
P 4. Annual financial reports presented. Motion to accept financial reports as presented by Rita Ferrier, second by Jan Ivanko. Carried.
P 5. Current years' budget and Capital Asset Forecast presented. Motion to accept budget and capital asset forecast by Karl Bjornson, second by Paula Cathcart. Carried.
P 6. Toll increase: Following discussion, motion to raise the annual toll by $40 per connection to fund the UV treatment reserve. Moved by Mike Doucette, second by Rita Ferrier. Carried, one opposed.
P 7. Election of Trustees: Two vacancies on the Board this year, two nominations received. Dana Arsenault and Helene Ruel elected by acclamation.
P 8. Volunteer positions:
P a. Water sampling: J Ivanko to take over weekly sampling from T Lindqvist, TL to train.
P b. Accounting Advisory (assist Secretary Treasurer): Paula Cathcart
P c. Maintenance Volunteers: Available for labour tasks: K Bjornson, R Ferrier
P 9. Adjourned at 8:25pm
